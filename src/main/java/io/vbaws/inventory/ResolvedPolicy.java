package io.vbaws.inventory;

import io.vbaws.declaration.SourceRef;
import io.vbaws.api.model.SlaPolicySpec;

/**
 * A policy as the scripts declare it, with every name resolved to the appliance's IDs.
 *
 * <p>{@code spec} is exactly the request body the appliance expects, with one convention: a null
 * field (at any depth) is one the script did not set, so the planner does not diff it and an update
 * keeps the appliance's value. The resource selection ({@code backupType}, {@code selectedItems},
 * {@code excludedItems}) is always set: no {@code include} means all resources, no {@code exclude}
 * means no exclusions.
 *
 * <p>{@code enabled} and {@code priority} are null when the script leaves them alone; they are not
 * part of the body but separate calls (enable, disable, orderPriorities). {@code protect} is null when
 * the script leaves protection alone; true or false is recorded on the appliance in the policy's
 * description ({@link io.vbaws.declaration.ProtectionMark}), so a later {@code --prune} finds it.
 *
 * <p>{@code cleared} holds the top-level spec fields the script cleared with {@code none}
 * ({@code storageTemplateId}, {@code notificationSettings}, {@code replicaSettings}): null in
 * {@code spec} too, but to be removed rather than left alone.
 */
public record ResolvedPolicy(
        String name,
        SlaPolicySpec spec,
        Boolean enabled,
        Integer priority,
        Boolean protect,
        SourceRef declaredAt,
        java.util.Set<String> cleared) {

    public ResolvedPolicy {
        cleared = cleared == null ? java.util.Set.of() : java.util.Set.copyOf(cleared);
    }

    /** A policy that clears nothing. */
    public ResolvedPolicy(String name, SlaPolicySpec spec, Boolean enabled, Integer priority, Boolean protect, SourceRef declaredAt) {
        this(name, spec, enabled, priority, protect, declaredAt, java.util.Set.of());
    }
}
