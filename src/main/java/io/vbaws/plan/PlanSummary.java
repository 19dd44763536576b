package io.vbaws.plan;

/**
 * How much a plan does: a count per action, and the policy counts of the summary line (add =
 * creates; change = distinct existing policies updated, enabled, disabled or reordered; delete =
 * deletes).
 */
public record PlanSummary(
        int create,
        int update,
        int delete,
        int enable,
        int disable,
        int reorder,
        int toAdd,
        int toChange,
        int toDelete) {

    /** Whether the plan does nothing at all. */
    public boolean isEmpty() {
        return create + update + delete + enable + disable + reorder == 0;
    }

    /** {@code Plan: 2 to add, 1 to change, 0 to delete.} or the no-changes sentence. */
    public String line() {
        if (isEmpty()) {
            return "No changes. The appliance matches the scripts.";
        }
        return "Plan: " + toAdd + " to add, " + toChange + " to change, " + toDelete + " to delete.";
    }
}
