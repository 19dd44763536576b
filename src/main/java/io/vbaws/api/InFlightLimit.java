package io.vbaws.api;

import java.util.concurrent.Semaphore;

/**
 * At most so many requests on the wire at once. A request takes a slot just before it is sent and
 * gives it back as soon as its answer has been read, before the answer is parsed, and never holds
 * one while it waits to be resent; so a caller with more threads than slots keeps every slot busy
 * while its other threads write bodies and read answers.
 */
final class InFlightLimit {
    private static final InFlightLimit NONE = new InFlightLimit(null);

    private final Semaphore slots;

    private InFlightLimit(Semaphore slots) {
        this.slots = slots;
    }

    /** No limit. */
    static InFlightLimit none() {
        return NONE;
    }

    /** At most {@code requests} at once. */
    static InFlightLimit of(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("at least one request must be allowed in flight");
        }
        return new InFlightLimit(new Semaphore(requests, true));
    }

    /** Waits for a slot; an interrupt while waiting ends the request before it is sent. */
    void acquire(ApiRequest request) {
        if (slots == null) {
            return;
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.transport(request.method(), request.path(), "interrupted while waiting to send", e);
        }
    }

    void release() {
        if (slots != null) {
            slots.release();
        }
    }
}
