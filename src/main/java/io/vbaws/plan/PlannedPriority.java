package io.vbaws.plan;

/** One policy's place in a planned priority order; {@code id} is null for a policy the plan creates. */
public record PlannedPriority(String policy, String id, int priority) {
}
