package io.vbaws.plan;

import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.ExcludedVolumes;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.ProductionWorkersSettings;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.RetrySettings;
import io.vbaws.api.model.ScriptSettings;
import io.vbaws.api.model.SelectedItems;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SnapshotScripts;
import io.vbaws.api.model.SnapshotSettings;
import io.vbaws.inventory.IdKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One leaf of the policy body the planner compares: its API path, how its values compare, and how
 * to read it from a spec. Replica mappings are one entry here, compared per source region by the diff.
 *
 * @param path the API's dotted path, stable: plans and saved plans use it
 * @param kind how values compare and render
 * @param idKind what the IDs name, for ID kinds; null otherwise
 * @param selection part of the resource selection, which a resolved policy always declares whole:
 *     a null there means empty (or false), not "not set"
 * @param read the value in a spec, or null when absent at any depth
 */
record SpecField(String path, Kind kind, IdKind idKind, boolean selection, Function<SlaPolicySpec, Object> read) {

    /** How a field's values compare. */
    enum Kind {
        /** A string; null and "" are the same. */
        TEXT,
        /** A boolean; absent on the appliance is false. */
        FLAG,
        /** An integer. */
        NUMBER,
        /** One appliance ID. */
        ID,
        /** The identity: an IAM role or an organization, by the identity's type. */
        IDENTITY,
        /** IDs whose order carries no meaning; null and empty are the same. */
        ID_SET,
        /** Key and value tags, as a set. */
        TAG_SET,
        /** Excluded volumes, as a set of volume IDs. */
        VOLUME_SET,
        /** Replica mappings, keyed by source region, each with fields of its own. */
        ROUTES
    }

    /** Every compared leaf of the body, in the API's order; replica mappings stand as one entry. */
    static final List<SpecField> ALL = all();

    Object readFrom(SlaPolicySpec spec) {
        return spec == null ? null : read.apply(spec);
    }

    private static List<SpecField> all() {
        List<SpecField> fields = new ArrayList<>();
        fields.add(plain("description", Kind.TEXT, SlaPolicySpec::description));
        fields.add(new SpecField("identityId", Kind.IDENTITY, null, false, SlaPolicySpec::identityId));
        fields.add(plain("backupType", Kind.TEXT, SlaPolicySpec::backupType));
        fields.add(selection("selectedItems.virtualMachineIds", Kind.ID_SET, IdKind.INSTANCE,
                s -> opt(s.selectedItems()).map(SelectedItems::virtualMachineIds).orElse(null)));
        fields.add(selection("selectedItems.tagIds", Kind.ID_SET, IdKind.TAG,
                s -> opt(s.selectedItems()).map(SelectedItems::tagIds).orElse(null)));
        fields.add(selection("excludedItems.virtualMachineIds", Kind.ID_SET, IdKind.INSTANCE,
                s -> opt(s.excludedItems()).map(ExcludedItems::virtualMachineIds).orElse(null)));
        fields.add(selection("excludedItems.tagIds", Kind.ID_SET, IdKind.TAG,
                s -> opt(s.excludedItems()).map(ExcludedItems::tagIds).orElse(null)));
        fields.add(selection("excludedItems.excludedVolumes.excludeSystemVolumes", Kind.FLAG, null,
                s -> excludedVolumes(s).map(ExcludedVolumes::excludeSystemVolumes).orElse(null)));
        fields.add(selection("excludedItems.excludedVolumes.excludedItems", Kind.VOLUME_SET, IdKind.VOLUME,
                s -> excludedVolumes(s).map(ExcludedVolumes::excludedItems).orElse(null)));
        fields.add(ids("regionIds", Kind.ID_SET, IdKind.REGION, SlaPolicySpec::regionIds));
        fields.add(ids("storageTemplateId", Kind.ID, IdKind.STORAGE_TEMPLATE, SlaPolicySpec::storageTemplateId));
        fields.add(ids("slaTemplateId", Kind.ID, IdKind.SLA_TEMPLATE, SlaPolicySpec::slaTemplateId));
        fields.add(plain("snapshotSettings.additionalTags", Kind.TAG_SET,
                s -> opt(s.snapshotSettings()).map(SnapshotSettings::additionalTags).orElse(null)));
        fields.add(plain("snapshotSettings.copyTagsFromVolumeEnabled", Kind.FLAG,
                s -> opt(s.snapshotSettings()).map(SnapshotSettings::copyTagsFromVolumeEnabled).orElse(null)));
        fields.add(plain("snapshotSettings.tryCreateVSSSnapshot", Kind.FLAG,
                s -> opt(s.snapshotSettings()).map(SnapshotSettings::tryCreateVSSSnapshot).orElse(null)));
        addScripts(fields, "windowsScripts", SnapshotScripts::windowsScripts);
        addScripts(fields, "linuxScripts", SnapshotScripts::linuxScripts);
        fields.add(plain("replicaSettings.mapping", Kind.ROUTES,
                s -> opt(s.replicaSettings()).map(ReplicaSettings::mapping).orElse(null)));
        fields.add(plain("replicaSettings.additionalTags", Kind.TAG_SET,
                s -> opt(s.replicaSettings()).map(ReplicaSettings::additionalTags).orElse(null)));
        fields.add(plain("replicaSettings.copyTagsFromVolumeEnabled", Kind.FLAG,
                s -> opt(s.replicaSettings()).map(ReplicaSettings::copyTagsFromVolumeEnabled).orElse(null)));
        fields.add(plain("retrySettings.retryTimes", Kind.NUMBER,
                s -> opt(s.retrySettings()).map(RetrySettings::retryTimes).orElse(null)));
        fields.add(plain("notificationSettings.email", Kind.TEXT,
                s -> opt(s.notificationSettings()).map(NotificationSettings::email).orElse(null)));
        fields.add(plain("notificationSettings.enableNotifications", Kind.FLAG,
                s -> opt(s.notificationSettings()).map(NotificationSettings::enableNotifications).orElse(null)));
        fields.add(plain("notificationSettings.includeOnlyMissedSlaAndRemovedVms", Kind.FLAG,
                s -> opt(s.notificationSettings()).map(NotificationSettings::includeOnlyMissedSlaAndRemovedVms).orElse(null)));
        fields.add(plain("notificationSettings.sendOnSpecificTime", Kind.TEXT,
                s -> opt(s.notificationSettings()).map(NotificationSettings::sendOnSpecificTime).orElse(null)));
        fields.add(plain("productionWorkersSettings.useProductionWorkers", Kind.FLAG,
                s -> opt(s.productionWorkersSettings()).map(ProductionWorkersSettings::useProductionWorkers).orElse(null)));
        fields.add(ids("productionWorkersSettings.workerRoleId", Kind.ID, IdKind.ACCOUNT,
                s -> opt(s.productionWorkersSettings()).map(ProductionWorkersSettings::workerRoleId).orElse(null)));
        fields.add(plain("productionWorkersSettings.workerRoleAccountName", Kind.TEXT,
                s -> opt(s.productionWorkersSettings()).map(ProductionWorkersSettings::workerRoleAccountName).orElse(null)));
        fields.add(ids("organizationSettings.limitedScopeId", Kind.ID, IdKind.ORGANIZATION_UNIT,
                s -> opt(s.organizationSettings()).map(OrganizationSettings::limitedScopeId).orElse(null)));
        fields.add(ids("organizationSettings.excludedMembers", Kind.ID_SET, IdKind.ORGANIZATION_MEMBER,
                s -> opt(s.organizationSettings()).map(OrganizationSettings::excludedMembers).orElse(null)));
        return List.copyOf(fields);
    }

    private static void addScripts(List<SpecField> fields, String os, Function<SnapshotScripts, ScriptSettings> which) {
        String prefix = "snapshotSettings.snapshotScripts." + os + ".";
        Function<SlaPolicySpec, Optional<ScriptSettings>> scripts = s -> opt(s.snapshotSettings())
                .map(SnapshotSettings::snapshotScripts).map(which);
        fields.add(plain(prefix + "enabled", Kind.FLAG, s -> scripts.apply(s).map(ScriptSettings::enabled).orElse(null)));
        fields.add(plain(prefix + "preSnapshotScript", Kind.TEXT,
                s -> scripts.apply(s).map(ScriptSettings::preSnapshotScript).orElse(null)));
        fields.add(plain(prefix + "preSnapshotArguments", Kind.TEXT,
                s -> scripts.apply(s).map(ScriptSettings::preSnapshotArguments).orElse(null)));
        fields.add(plain(prefix + "postSnapshotScript", Kind.TEXT,
                s -> scripts.apply(s).map(ScriptSettings::postSnapshotScript).orElse(null)));
        fields.add(plain(prefix + "postSnapshotArguments", Kind.TEXT,
                s -> scripts.apply(s).map(ScriptSettings::postSnapshotArguments).orElse(null)));
        fields.add(plain(prefix + "runOnlyForBackupSnapshots", Kind.FLAG,
                s -> scripts.apply(s).map(ScriptSettings::runOnlyForBackupSnapshots).orElse(null)));
        fields.add(plain(prefix + "ignoreMissingScripts", Kind.FLAG,
                s -> scripts.apply(s).map(ScriptSettings::ignoreMissingScripts).orElse(null)));
        fields.add(plain(prefix + "ignoreScriptErrors", Kind.FLAG,
                s -> scripts.apply(s).map(ScriptSettings::ignoreScriptErrors).orElse(null)));
    }

    private static Optional<ExcludedVolumes> excludedVolumes(SlaPolicySpec s) {
        return opt(s.excludedItems()).map(ExcludedItems::excludedVolumes);
    }

    private static <T> Optional<T> opt(T value) {
        return Optional.ofNullable(value);
    }

    private static SpecField plain(String path, Kind kind, Function<SlaPolicySpec, Object> read) {
        return new SpecField(path, kind, null, false, read);
    }

    private static SpecField ids(String path, Kind kind, IdKind idKind, Function<SlaPolicySpec, Object> read) {
        return new SpecField(path, kind, idKind, false, read);
    }

    private static SpecField selection(String path, Kind kind, IdKind idKind, Function<SlaPolicySpec, Object> read) {
        return new SpecField(path, kind, idKind, true, read);
    }
}
