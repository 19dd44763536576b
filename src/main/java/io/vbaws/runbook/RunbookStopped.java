package io.vbaws.runbook;

/** The run was stopped (time limit, SIGINT or SIGTERM): thrown where the runbook waits, so its finally blocks run. */
public final class RunbookStopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunbookStopped(String message) {
        super(message);
    }
}
