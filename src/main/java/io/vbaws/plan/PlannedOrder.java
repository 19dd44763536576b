package io.vbaws.plan;

import io.vbaws.api.model.PolicyPriority;
import io.vbaws.api.model.PriorityOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The complete priority order apply sends in one {@code orderPriorities} call: every policy on the
 * appliance at that moment, numbered 1..M. Policies the plan deletes come last, so the survivors
 * hold 1..N whether or not the appliance closes the gaps when they go.
 */
public record PlannedOrder(List<PlannedPriority> priorities) {

    public PlannedOrder {
        priorities = List.copyOf(priorities);
    }

    /**
     * The request body, with the IDs of created policies filled in by name.
     *
     * @throws IllegalStateException when a created policy's ID is unknown
     */
    public PriorityOrder toRequest(Function<String, String> idOfCreatedPolicy) {
        List<PolicyPriority> body = new ArrayList<>(priorities.size());
        for (PlannedPriority entry : priorities) {
            String id = entry.id() != null ? entry.id() : idOfCreatedPolicy.apply(entry.policy());
            if (id == null) {
                throw new IllegalStateException("no ID for created policy '" + entry.policy() + "'");
            }
            body.add(new PolicyPriority(id, entry.priority()));
        }
        return new PriorityOrder(body);
    }
}
