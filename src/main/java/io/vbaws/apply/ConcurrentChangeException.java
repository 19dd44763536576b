package io.vbaws.apply;

/**
 * A policy changed on the appliance after the plan read it (its usn moved, or it vanished), so
 * writing it now would overwrite someone else's change.
 */
public final class ConcurrentChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
