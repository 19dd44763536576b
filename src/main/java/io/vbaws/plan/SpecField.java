package io.vbaws.plan;

import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.ExcludedVolumes;
import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.ProductionWorkersSettings;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.RetrySettings;
import io.vbaws.api.model.ScriptSettings;
import io.vbaws.api.model.SelectedItems;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SnapshotScripts;
import io.vbaws.api.model.SnapshotSettings;
import io.vbaws.api.model.VolumeRef;
import io.vbaws.declaration.ProtectionMark;
import io.vbaws.inventory.IdKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One leaf of the policy body the planner compares: its API path, the words a script writes for it,
 * and how to read its value from a spec. Replica mappings are one entry here ({@link #ROUTES}),
 * compared per source region by the diff through {@link RouteField}.
 *
 * @param path the API's dotted path, stable: plans and saved plans use it
 * @param word what a policy script writes for it: {@code template}, {@code exclude volumes}
 * @param selection part of the resource selection, which a resolved policy always declares whole:
 *     an absent value there means empty (or false), not "not set"
 * @param read the value in a spec, given the kind of the spec's identity; null when absent at any depth
 */
record SpecField(String path, String word, boolean selection, Reader read) {

    /** Reads a field's value; the identity's kind (IAM role or organization) decides how its ID is named. */
    @FunctionalInterface
    interface Reader {
        FieldValue read(SlaPolicySpec spec, IdKind identityKind);
    }

    /** The word of the protect mark, which lives in the description's last line on the appliance. */
    static final String PROTECT = "protect";

    /** The path of the replica mappings, compared per source region. */
    static final String ROUTES = "replicaSettings.mapping";

    /** Every compared leaf of the body, in the API's order; replica mappings stand as one entry. */
    static final List<SpecField> ALL = all();

    FieldValue readFrom(SlaPolicySpec spec, IdKind identityKind) {
        return spec == null ? null : read.read(spec, identityKind);
    }

    @Override
    public String toString() {
        return path + " (" + word + ")";
    }

    /** Whether a resolved spec's {@code value} is something its script declared, so a create shows it. */
    boolean declares(FieldValue value) {
        if (value == null || !value.isSet()) {
            return false;
        }
        // The selection is always written whole; a false there is the absence of an exclusion, not a setting.
        // An unprotected policy is what a new one is anyway.
        return !((selection || isProtectMark()) && value instanceof FieldValue.Flag flag && !flag.on());
    }

    /** Whether this is the protect mark, which shares its API path with the description's text. */
    boolean isProtectMark() {
        return word.equals(PROTECT);
    }

    /** The word of the identity field for a policy of {@code kind}. */
    static String identityWord(IdKind kind) {
        return kind == IdKind.ORGANIZATION ? "organization" : "account";
    }

    /** One subfield of a replica route. */
    enum RouteField {
        TARGET_REGION("targetRegionId", "to", m -> new FieldValue.Id(m.targetRegionId(), IdKind.REGION)),
        TARGET_ROLE("targetIAMRoleId", "role", m -> new FieldValue.Id(m.targetIAMRoleId(), IdKind.ACCOUNT)),
        ENCRYPTION_KEY("encryptionKey", "key", m -> new FieldValue.Id(m.encryptionKey(), IdKind.ENCRYPTION_KEY)),
        ONLY_ENCRYPTED("encryptOnlyEncryptedVolumes", "onlyEncrypted",
                m -> m.encryptOnlyEncryptedVolumes() == null ? null : new FieldValue.Flag(m.encryptOnlyEncryptedVolumes()));

        private final String name;
        private final String word;
        private final Function<ReplicaMapping, FieldValue> read;

        RouteField(String name, String word, Function<ReplicaMapping, FieldValue> read) {
            this.name = name;
            this.word = word;
            this.read = read;
        }

        /** The route's value, or null when the route leaves it out. */
        FieldValue readFrom(ReplicaMapping route) {
            FieldValue value = read.apply(route);
            return value == null || !value.isSet() ? null : value;
        }

        /** {@code replicaSettings.mapping[us-east-1].targetRegionId}. */
        String path(String sourceName) {
            return ROUTES + "[" + sourceName + "]." + name;
        }

        /** {@code replicate from "us-east-1" to}. */
        String word(String sourceName) {
            return "replicate from \"" + sourceName + "\" " + word;
        }

        String apiName() {
            return name;
        }

        String dslWord() {
            return word;
        }
    }

    private static List<SpecField> all() {
        List<SpecField> fields = new ArrayList<>();
        // The description carries the user's text and vbaws's protect mark: two fields of one API path.
        fields.add(text("description", "description", s -> ProtectionMark.split(s.description()).text()));
        fields.add(new SpecField("description", PROTECT, false,
                (s, kind) -> s.description() == null ? null : new FieldValue.Flag(ProtectionMark.split(s.description()).marked())));
        fields.add(new SpecField("identityId", "account", false, (s, kind) -> s.identityId() == null ? null : new FieldValue.Id(s.identityId(), kind)));
        fields.add(text("backupType", "include", SlaPolicySpec::backupType));
        fields.add(selection("selectedItems.virtualMachineIds", "include instances", IdKind.INSTANCE,
                s -> opt(s.selectedItems()).map(SelectedItems::virtualMachineIds).orElse(null)));
        fields.add(selection("selectedItems.tagIds", "include tags", IdKind.TAG,
                s -> opt(s.selectedItems()).map(SelectedItems::tagIds).orElse(null)));
        fields.add(selection("excludedItems.virtualMachineIds", "exclude instances", IdKind.INSTANCE,
                s -> opt(s.excludedItems()).map(ExcludedItems::virtualMachineIds).orElse(null)));
        fields.add(selection("excludedItems.tagIds", "exclude tags", IdKind.TAG,
                s -> opt(s.excludedItems()).map(ExcludedItems::tagIds).orElse(null)));
        fields.add(new SpecField("excludedItems.excludedVolumes.excludeSystemVolumes", "exclude system volumes", true,
                (s, kind) -> flag(excludedVolumes(s).map(ExcludedVolumes::excludeSystemVolumes).orElse(null))));
        fields.add(new SpecField("excludedItems.excludedVolumes.excludedItems", "exclude volumes", true,
                (s, kind) -> excludedVolumes(s).map(ExcludedVolumes::excludedItems)
                        .map(volumes -> FieldValue.IdSet.of(volumes.stream().map(VolumeRef::id).toList(), IdKind.VOLUME))
                        .orElse(null)));
        fields.add(ids("regionIds", "regions", IdKind.REGION, SlaPolicySpec::regionIds));
        fields.add(id("storageTemplateId", "storage", IdKind.STORAGE_TEMPLATE, SlaPolicySpec::storageTemplateId));
        fields.add(id("slaTemplateId", "template", IdKind.SLA_TEMPLATE, SlaPolicySpec::slaTemplateId));
        fields.add(tags("snapshotSettings.additionalTags", "snapshots tags",
                s -> opt(s.snapshotSettings()).map(SnapshotSettings::additionalTags).orElse(null)));
        fields.add(flag("snapshotSettings.copyTagsFromVolumeEnabled", "snapshots copyTagsFromVolume",
                s -> opt(s.snapshotSettings()).map(SnapshotSettings::copyTagsFromVolumeEnabled).orElse(null)));
        fields.add(flag("snapshotSettings.tryCreateVSSSnapshot", "snapshots vss",
                s -> opt(s.snapshotSettings()).map(SnapshotSettings::tryCreateVSSSnapshot).orElse(null)));
        addScripts(fields, "windowsScripts", "windows", SnapshotScripts::windowsScripts);
        addScripts(fields, "linuxScripts", "linux", SnapshotScripts::linuxScripts);
        fields.add(new SpecField(ROUTES, "replicate", false, (s, kind) -> null));
        fields.add(tags("replicaSettings.additionalTags", "replicas tags",
                s -> opt(s.replicaSettings()).map(ReplicaSettings::additionalTags).orElse(null)));
        fields.add(flag("replicaSettings.copyTagsFromVolumeEnabled", "replicas copyTagsFromVolume",
                s -> opt(s.replicaSettings()).map(ReplicaSettings::copyTagsFromVolumeEnabled).orElse(null)));
        fields.add(new SpecField("retrySettings.retryTimes", "retries", false,
                (s, kind) -> opt(s.retrySettings()).map(RetrySettings::retryTimes).map(FieldValue.Scalar::count).orElse(null)));
        fields.add(text("notificationSettings.email", "notify email",
                s -> opt(s.notificationSettings()).map(NotificationSettings::email).orElse(null)));
        fields.add(flag("notificationSettings.enableNotifications", "notify enabled",
                s -> opt(s.notificationSettings()).map(NotificationSettings::enableNotifications).orElse(null)));
        fields.add(flag("notificationSettings.includeOnlyMissedSlaAndRemovedVms", "notify onlyMissedSla",
                s -> opt(s.notificationSettings()).map(NotificationSettings::includeOnlyMissedSlaAndRemovedVms).orElse(null)));
        fields.add(text("notificationSettings.sendOnSpecificTime", "notify at",
                s -> opt(s.notificationSettings()).map(NotificationSettings::sendOnSpecificTime).orElse(null)));
        fields.add(flag("productionWorkersSettings.useProductionWorkers", "workers production",
                s -> opt(s.productionWorkersSettings()).map(ProductionWorkersSettings::useProductionWorkers).orElse(null)));
        fields.add(id("productionWorkersSettings.workerRoleId", "workers role", IdKind.ACCOUNT,
                s -> opt(s.productionWorkersSettings()).map(ProductionWorkersSettings::workerRoleId).orElse(null)));
        fields.add(text("productionWorkersSettings.workerRoleAccountName", "workers accountName",
                s -> opt(s.productionWorkersSettings()).map(ProductionWorkersSettings::workerRoleAccountName).orElse(null)));
        fields.add(id("organizationSettings.limitedScopeId", "organization scope", IdKind.ORGANIZATION_UNIT,
                s -> opt(s.organizationSettings()).map(OrganizationSettings::limitedScopeId).orElse(null)));
        fields.add(ids("organizationSettings.excludedMembers", "organization excludeMembers", IdKind.ORGANIZATION_MEMBER,
                s -> opt(s.organizationSettings()).map(OrganizationSettings::excludedMembers).orElse(null)));
        return List.copyOf(fields);
    }

    private static void addScripts(List<SpecField> fields, String os, String block,
                                   Function<SnapshotScripts, ScriptSettings> which) {
        String prefix = "snapshotSettings.snapshotScripts." + os + ".";
        String words = "snapshots " + block + " ";
        Function<SlaPolicySpec, Optional<ScriptSettings>> scripts = s -> opt(s.snapshotSettings())
                .map(SnapshotSettings::snapshotScripts).map(which);
        fields.add(flag(prefix + "enabled", words + "enabled",
                s -> scripts.apply(s).map(ScriptSettings::enabled).orElse(null)));
        fields.add(text(prefix + "preSnapshotScript", words + "pre",
                s -> scripts.apply(s).map(ScriptSettings::preSnapshotScript).orElse(null)));
        fields.add(text(prefix + "preSnapshotArguments", words + "preArguments",
                s -> scripts.apply(s).map(ScriptSettings::preSnapshotArguments).orElse(null)));
        fields.add(text(prefix + "postSnapshotScript", words + "post",
                s -> scripts.apply(s).map(ScriptSettings::postSnapshotScript).orElse(null)));
        fields.add(text(prefix + "postSnapshotArguments", words + "postArguments",
                s -> scripts.apply(s).map(ScriptSettings::postSnapshotArguments).orElse(null)));
        fields.add(flag(prefix + "runOnlyForBackupSnapshots", words + "onlyForBackupSnapshots",
                s -> scripts.apply(s).map(ScriptSettings::runOnlyForBackupSnapshots).orElse(null)));
        fields.add(flag(prefix + "ignoreMissingScripts", words + "ignoreMissing",
                s -> scripts.apply(s).map(ScriptSettings::ignoreMissingScripts).orElse(null)));
        fields.add(flag(prefix + "ignoreScriptErrors", words + "ignoreErrors",
                s -> scripts.apply(s).map(ScriptSettings::ignoreScriptErrors).orElse(null)));
    }

    private static Optional<ExcludedVolumes> excludedVolumes(SlaPolicySpec s) {
        return opt(s.excludedItems()).map(ExcludedItems::excludedVolumes);
    }

    private static <T> Optional<T> opt(T value) {
        return Optional.ofNullable(value);
    }

    private static FieldValue flag(Boolean value) {
        return value == null ? null : new FieldValue.Flag(value);
    }

    private static SpecField text(String path, String word, Function<SlaPolicySpec, String> read) {
        return new SpecField(path, word, false, (s, kind) -> {
            String value = read.apply(s);
            return value == null ? null : FieldValue.Scalar.text(value);
        });
    }

    private static SpecField flag(String path, String word, Function<SlaPolicySpec, Boolean> read) {
        return new SpecField(path, word, false, (s, kind) -> flag(read.apply(s)));
    }

    private static SpecField id(String path, String word, IdKind kind, Function<SlaPolicySpec, String> read) {
        return new SpecField(path, word, false, (s, identity) -> {
            String value = read.apply(s);
            return value == null ? null : new FieldValue.Id(value, kind);
        });
    }

    private static SpecField ids(String path, String word, IdKind kind, Function<SlaPolicySpec, List<String>> read) {
        return new SpecField(path, word, false, (s, identity) -> {
            List<String> value = read.apply(s);
            return value == null ? null : FieldValue.IdSet.of(value, kind);
        });
    }

    private static SpecField selection(String path, String word, IdKind kind, Function<SlaPolicySpec, List<String>> read) {
        return new SpecField(path, word, true, (s, identity) -> {
            List<String> value = read.apply(s);
            return value == null ? null : FieldValue.IdSet.of(value, kind);
        });
    }

    private static SpecField tags(String path, String word, Function<SlaPolicySpec, List<KeyValueTag>> read) {
        return new SpecField(path, word, false, (s, identity) -> {
            List<KeyValueTag> value = read.apply(s);
            return value == null ? null : FieldValue.TagSet.of(value);
        });
    }
}
