package io.vbaws.declaration;

import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.ScriptSettings;
import io.vbaws.api.model.SnapshotScripts;
import io.vbaws.api.model.SnapshotSettings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code slaPolicy} as a script declares it: names as written, not yet resolved to IDs. A null
 * field is a setting the script does not set (the same convention as the inventory's {@code ResolvedPolicy}). Values
 * that need no resolution reuse the request body's records ({@link SnapshotSettings},
 * {@link NotificationSettings}). {@code places} says where each setting was written, for messages.
 * A file's {@code defaults} block is a declaration with a null name.
 */
public record PolicyDeclaration(
        String name,
        SourceRef declaredAt,
        String description,
        IdentityDeclaration identity,
        List<NameRef> regions,
        NameRef template,
        NameRef storage,
        SelectionDeclaration include,
        ExclusionDeclaration exclude,
        SnapshotSettings snapshots,
        ReplicaDeclaration replicas,
        Integer retries,
        NotificationSettings notification,
        WorkersDeclaration workers,
        Boolean enabled,
        Integer priority,
        Boolean protect,
        Map<PolicySetting, SourceRef> places) {

    public PolicyDeclaration {
        regions = regions == null ? null : List.copyOf(regions);
        places = places.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(places));
    }

    /** Where {@code setting} was written, or where the policy was declared when it was not. */
    public SourceRef placeOf(PolicySetting setting) {
        return places.getOrDefault(setting, declaredAt);
    }

    /** Whether the script wrote {@code setting} in this declaration. */
    public boolean sets(PolicySetting setting) {
        return places.containsKey(setting);
    }

    /**
     * Whether the script cleared {@code setting} with {@code none}: written, with no value. Only
     * storage, notify and replicas can be cleared.
     */
    public boolean clears(PolicySetting setting) {
        return sets(setting) && switch (setting) {
            case STORAGE -> storage == null;
            case NOTIFY -> notification == null;
            case REPLICAS -> replicas == null;
            default -> false;
        };
    }

    /** The request body's top-level fields this policy clears: {@code storageTemplateId} and the like. */
    public java.util.Set<String> clearedFields() {
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        if (clears(PolicySetting.STORAGE)) {
            fields.add("storageTemplateId");
        }
        if (clears(PolicySetting.NOTIFY)) {
            fields.add("notificationSettings");
        }
        if (clears(PolicySetting.REPLICAS)) {
            fields.add("replicaSettings");
        }
        return fields;
    }

    /** Whether this policy is never to be deleted by {@code --prune}. */
    public boolean isProtected() {
        return Boolean.TRUE.equals(protect);
    }

    /**
     * This policy over a file's defaults: each setting the policy writes replaces the default's, the
     * others come from the defaults. Within {@code snapshots} and {@code replicas} the rule holds
     * setting by setting; a list (regions, tags, routes) is replaced whole, never merged.
     */
    public PolicyDeclaration over(PolicyDeclaration defaults) {
        if (defaults == null) {
            return this;
        }
        Map<PolicySetting, SourceRef> merged = new EnumMap<>(PolicySetting.class);
        merged.putAll(defaults.places);
        merged.putAll(places);
        return new PolicyDeclaration(
                name,
                declaredAt,
                first(description, defaults.description),
                first(identity, defaults.identity),
                first(regions, defaults.regions),
                first(template, defaults.template),
                clears(PolicySetting.STORAGE) ? null : first(storage, defaults.storage),
                first(include, defaults.include),
                overExclusion(exclude, defaults.exclude),
                overSnapshots(snapshots, defaults.snapshots),
                clears(PolicySetting.REPLICAS) ? null : overReplicas(replicas, defaults.replicas),
                first(retries, defaults.retries),
                clears(PolicySetting.NOTIFY) ? null : overNotification(notification, defaults.notification),
                overWorkers(workers, defaults.workers),
                first(enabled, defaults.enabled),
                first(priority, defaults.priority),
                first(protect, defaults.protect),
                merged);
    }

    private static <T> T first(T own, T fallback) {
        return own != null ? own : fallback;
    }

    private static ExclusionDeclaration overExclusion(ExclusionDeclaration own, ExclusionDeclaration base) {
        if (own == null || base == null) {
            return first(own, base);
        }
        return new ExclusionDeclaration(
                own.instances().isEmpty() ? base.instances() : own.instances(),
                own.tags().isEmpty() ? base.tags() : own.tags(),
                first(own.systemVolumes(), base.systemVolumes()),
                own.volumes().isEmpty() ? base.volumes() : own.volumes());
    }

    private static SnapshotSettings overSnapshots(SnapshotSettings own, SnapshotSettings base) {
        if (own == null || base == null) {
            return first(own, base);
        }
        SnapshotScripts ownScripts = own.snapshotScripts();
        SnapshotScripts baseScripts = base.snapshotScripts();
        SnapshotScripts scripts = ownScripts == null || baseScripts == null
                ? first(ownScripts, baseScripts)
                : new SnapshotScripts(
                        overScripts(ownScripts.windowsScripts(), baseScripts.windowsScripts()),
                        overScripts(ownScripts.linuxScripts(), baseScripts.linuxScripts()));
        return new SnapshotSettings(
                first(own.additionalTags(), base.additionalTags()),
                first(own.copyTagsFromVolumeEnabled(), base.copyTagsFromVolumeEnabled()),
                first(own.tryCreateVSSSnapshot(), base.tryCreateVSSSnapshot()),
                scripts);
    }

    private static ScriptSettings overScripts(ScriptSettings own, ScriptSettings base) {
        if (own == null || base == null) {
            return first(own, base);
        }
        return new ScriptSettings(
                first(own.enabled(), base.enabled()),
                first(own.preSnapshotScript(), base.preSnapshotScript()),
                first(own.preSnapshotArguments(), base.preSnapshotArguments()),
                first(own.postSnapshotScript(), base.postSnapshotScript()),
                first(own.postSnapshotArguments(), base.postSnapshotArguments()),
                first(own.runOnlyForBackupSnapshots(), base.runOnlyForBackupSnapshots()),
                first(own.ignoreMissingScripts(), base.ignoreMissingScripts()),
                first(own.ignoreScriptErrors(), base.ignoreScriptErrors()));
    }

    private static ReplicaDeclaration overReplicas(ReplicaDeclaration own, ReplicaDeclaration base) {
        if (own == null || base == null) {
            return first(own, base);
        }
        List<KeyValueTag> tags = first(own.tags(), base.tags());
        return new ReplicaDeclaration(first(own.routes(), base.routes()), tags,
                first(own.copyTagsFromVolume(), base.copyTagsFromVolume()));
    }

    private static NotificationSettings overNotification(NotificationSettings own, NotificationSettings base) {
        if (own == null || base == null) {
            return first(own, base);
        }
        return new NotificationSettings(
                first(own.email(), base.email()),
                first(own.enableNotifications(), base.enableNotifications()),
                first(own.includeOnlyMissedSlaAndRemovedVms(), base.includeOnlyMissedSlaAndRemovedVms()),
                first(own.sendOnSpecificTime(), base.sendOnSpecificTime()));
    }

    private static WorkersDeclaration overWorkers(WorkersDeclaration own, WorkersDeclaration base) {
        if (own == null || base == null) {
            return first(own, base);
        }
        return new WorkersDeclaration(first(own.production(), base.production()), first(own.role(), base.role()),
                first(own.accountName(), base.accountName()));
    }
}
