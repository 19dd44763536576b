package io.vbaws.plan;

/**
 * Where a reorder moves a policy in the priority order: from its live priority (null for a policy
 * the plan creates) to its new one.
 */
public record PriorityMove(Integer from, int to) {

    /** {@code 3 -> 1}, or {@code none -> 2} for a policy that had no priority yet. */
    @Override
    public String toString() {
        return (from == null ? "none" : from.toString()) + " -> " + to;
    }
}
