package io.vbaws.runbook;

/** {@code fail "message"} or {@code exit(n)}: the runbook ends with this message and exit code, its finally blocks first. */
public final class RunbookFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public RunbookFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
