package io.vbaws.runbook;

import java.time.Duration;

/**
 * Stops a run from outside (time limit, SIGINT, SIGTERM): the reason is kept, and every wait of
 * the facade ends in {@link RunbookStopped}, so the runbook's finally blocks run next.
 */
public final class RunControl {
    private volatile String stopReason;
    private final Runnable cancelCalls;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

    /** A control that also runs {@code cancelCalls} (cancels appliance calls in flight) when it stops the run. */
    public RunControl(Runnable cancelCalls) {
        this.cancelCalls = cancelCalls;
    }

    /** Asks the run to stop: waits end at once, calls in flight are cancelled. */
    public void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
        // Calls first, then the waits: a wait released first would let the finally blocks' own calls be cancelled.
        cancelCalls.run();
        stopped.countDown();
    }

    /** Why the run was asked to stop, or null. */
    public String stopReason() {
        return stopReason;
    }

    /**
     * Sleeps {@code duration}, unless the run is stopped first. A stop wakes it without an
     * interrupt, so the thread's interrupt status stays clear for the finally blocks' calls.
     */
    void sleep(Duration duration) {
        check();
        try {
            stopped.await(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new RunbookStopped(stopReason == null ? "interrupted" : stopReason);
        }
        check();
    }

    /** Throws when the run was asked to stop. */
    void check() {
        if (stopReason != null) {
            throw new RunbookStopped(stopReason);
        }
    }
}
