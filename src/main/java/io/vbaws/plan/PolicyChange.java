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
 * @param reason why the change happens when no script asks for it (a reorder that another policy's
 *     priority forces: {@code prod-web takes priority 1}); null otherwise
 */
public record PolicyChange(
        ChangeAction action,
        String policy,
        String id,
        Long usn,
        SourceRef declaredAt,
        List<FieldChange> fields,
        int unchangedFields,
        SlaPolicySpec body,
        String reason) {

    /** The path of a reorder's one field. */
    public static final String PRIORITY = "priority";

    public PolicyChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(policy, "policy");
        fields = List.copyOf(fields);
    }

    /** A change its scripts ask for, so with no reason to give. */
    public PolicyChange(ChangeAction action, String policy, String id, Long usn, SourceRef declaredAt,
                        List<FieldChange> fields, int unchangedFields, SlaPolicySpec body) {
        this(action, policy, id, usn, declaredAt, fields, unchangedFields, body, null);
    }

    /** Whether the policy exists on the appliance before apply (false for a created policy's steps). */
    public boolean onExistingPolicy() {
        return id != null;
    }

    /** Where a reorder moves the policy; null for any other action. */
    public PriorityMove priorityMove() {
        if (action != ChangeAction.REORDER) {
            return null;
        }
        for (FieldChange field : fields) {
            if (field.path().equals(PRIORITY) && field.after() instanceof Integer to) {
                return new PriorityMove(field.before() instanceof Integer from ? from : null, to);
            }
        }
        throw new IllegalStateException("the reorder of '" + policy + "' carries no priority");
    }
}
