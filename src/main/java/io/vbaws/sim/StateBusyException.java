package io.vbaws.sim;

/** The state directory stayed locked by another process (or appliance) longer than the lock timeout. */
public final class StateBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StateBusyException(String message) {
        super(message);
    }
}
