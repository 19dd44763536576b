package io.vbaws.runbook;

import groovy.lang.Binding;
import groovy.lang.Script;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run of a runbook on its own thread, so it can be stopped from outside (time limit, SIGINT,
 * SIGTERM): a stop cancels the calls in flight and ends the script's waits in
 * {@link RunbookStopped}, and its finally blocks run before the run counts as ended.
 */
public final class RunbookExecution {
    /** How long the finally blocks of a stopped runbook may take before the run is given up. */
    public static final Duration FINALLY_GRACE = Duration.ofMinutes(2);

    private final Runbook runbook;
    private final Vbaws vbaws;
    private final RunLog log;
    private final RunControl control;
    private final boolean dryRun;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch reported = new CountDownLatch(1);
    private volatile int exitCode = 1;

    public RunbookExecution(Runbook runbook, Vbaws vbaws, RunLog log, RunControl control, boolean dryRun) {
        this.runbook = runbook;
        this.vbaws = vbaws;
        this.log = log;
        this.control = control;
        this.dryRun = dryRun;
    }

    /** Runs the runbook with these parameter values for at most {@code limit}; its summary, logged. */
    public RunSummary run(Map<String, Object> params, Duration limit) {
        Script script = runbook.script();
        Binding binding = new Binding();
        binding.setVariable("vbaws", vbaws);
        binding.setVariable("params", params);
        binding.setVariable("log", log);
        script.setBinding(binding);
        Thread thread = new Thread(() -> {
            try {
                exitCode = outcome(script);
            } finally {
                ended.countDown();
            }
        }, "vbaws-runbook");
        thread.setDaemon(true);
        thread.start();
        try {
            if (!ended.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                stop("time limit of " + DurationText.format(limit) + " reached");
                awaitEnd(FINALLY_GRACE);
            } else {
                ended.await();
            }
        } catch (InterruptedException e) {
            stop("interrupted");
            Thread.currentThread().interrupt();
        }
        RunSummary summary = new RunSummary(vbaws.writes().size(), vbaws.failures(), exitCode, dryRun);
        log.summary(summary);
        reported.countDown();
        return summary;
    }

    /**
     * Stops the run: calls in flight are cancelled and every wait of the facade ends at once in
     * {@link RunbookStopped}, so the finally blocks run next. The thread is not interrupted: a
     * thread left interrupted would fail the finally blocks' own calls. A runbook busy in a loop
     * of its own that never waits is given up after {@link #FINALLY_GRACE} (its thread is a daemon).
     */
    public void stop(String reason) {
        control.stop(reason);
    }

    /** Waits for the run (its finally blocks included) to end; whether it did within {@code wait}. */
    public boolean awaitEnd(Duration wait) {
        return await(ended, wait);
    }

    /** Waits for the run to end and its summary to be written (a shutdown hook must not cut it short). */
    public boolean awaitReported(Duration wait) {
        return await(reported, wait);
    }

    private static boolean await(CountDownLatch latch, Duration wait) {
        try {
            return latch.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private int outcome(Script script) {
        try {
            script.run();
            if (control.stopReason() != null) {
                log.error("stopped: " + control.stopReason());
                return 1;
            }
            return 0;
        } catch (RunbookFailure f) {
            if (f.getMessage() != null) {
                log.error(f.getMessage());
            }
            return f.exitCode();
        } catch (Throwable t) {
            // Whatever the operator's Groovy throws, the run ends with its one line, its place in the script, and 1.
            log.error(control.stopReason() != null ? "stopped: " + control.stopReason() : where(t) + message(t));
            return 1;
        }
    }

    /** {@code file:line: } of the deepest frame of the runbook itself, or nothing. */
    private String where(Throwable t) {
        String name = Runbook.scriptName(runbook.file());
        for (Throwable c = t; c != null; c = c.getCause()) {
            for (StackTraceElement frame : c.getStackTrace()) {
                if (name.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                    return runbook.file() + ":" + frame.getLineNumber() + ": ";
                }
            }
        }
        return "";
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
