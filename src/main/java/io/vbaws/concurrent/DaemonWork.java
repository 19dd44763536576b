package io.vbaws.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work a command waits for, on daemon threads (they never keep a finished command's JVM alive):
 * their pool, and the value of a piece of work with its failure thrown as it was thrown there.
 */
public final class DaemonWork {
    private DaemonWork() {
    }

    /** A pool of {@code threads} daemon threads named {@code name-N}. */
    public static ExecutorService pool(int threads, String name) {
        AtomicInteger numbers = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + "-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The value of {@code future}; a runtime exception or error that ended it is rethrown as it was
     * (an ApiException stays one). {@code doing} says what it was, for the rest: "reading the inventory".
     */
    public static <T> T value(Future<T> future, String doing) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(doing + " failed: " + cause.getMessage(), cause);
        }
    }
}
