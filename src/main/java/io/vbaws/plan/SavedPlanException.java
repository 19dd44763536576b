package io.vbaws.plan;

/** A saved plan that cannot be read: not a plan, damaged, or written in a format this vbaws does not know. */
public final class SavedPlanException extends RuntimeException {
    private final boolean savedPlan;

    public SavedPlanException(String message) {
        this(message, false, null);
    }

    public SavedPlanException(String message, Throwable cause) {
        this(message, false, cause);
    }

    /** {@code savedPlan}: the text is a saved plan (damaged, or of another format version), not some other file. */
    public SavedPlanException(String message, boolean savedPlan, Throwable cause) {
        super(message, cause);
        this.savedPlan = savedPlan;
    }

    /** Whether the text is a saved plan that cannot be used, rather than something else altogether. */
    public boolean savedPlan() {
        return savedPlan;
    }
}
