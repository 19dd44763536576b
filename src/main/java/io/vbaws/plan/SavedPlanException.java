package io.vbaws.plan;

/** A saved plan that cannot be read: not a plan, damaged, or written in a format this vbaws does not know. */
public final class SavedPlanException extends RuntimeException {

    public SavedPlanException(String message) {
        super(message);
    }

    public SavedPlanException(String message, Throwable cause) {
        super(message, cause);
    }
}
