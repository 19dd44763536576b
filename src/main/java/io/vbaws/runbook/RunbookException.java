package io.vbaws.runbook;

/** A runbook cannot run as asked: a bad parameter, a declaration it cannot read, a write the appliance refused. */
public final class RunbookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunbookException(String message) {
        super(message);
    }

    public RunbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
