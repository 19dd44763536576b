package io.vbaws.plan;

import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.declaration.SourceRef;
import java.util.List;
import java.util.Objects;

/**
 * One step of a plan: what happens to which policy, the fields it sets, and what apply sends.
 *
 * @param action what happens
 * @param policy the policy's name, the key that matches scripts to the appliance
 * @param id the live policy's ID; null when the policy is created by this plan
 * @param usn the live policy's update sequence number as read; null when created by this plan
 * @param declaredAt where the scripts declare the policy; null for a policy no script declares
 * @param fields the fields this change sets, in names, in a stable order
 * @param unchangedFields how many compared fields already matched (updates only; 0 otherwise)
 * @param body the request body: the whole spec for a create, the PUT body for an update; null otherwise
 */
public record PolicyChange(
        ChangeAction action,
        String policy,
        String id,
        Long usn,
        SourceRef declaredAt,
        List<FieldChange> fields,
        int unchangedFields,
        SlaPolicySpec body) {

    public PolicyChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(policy, "policy");
        fields = List.copyOf(fields);
    }

    /** Whether the policy exists on the appliance before apply (false for a created policy's steps). */
    public boolean onExistingPolicy() {
        return id != null;
    }
}
