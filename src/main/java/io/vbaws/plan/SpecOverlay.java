package io.vbaws.plan;

import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.ProductionWorkersSettings;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.RetrySettings;
import io.vbaws.api.model.ScriptSettings;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SnapshotScripts;
import io.vbaws.api.model.SnapshotSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The body of an update: the live policy's spec with every non-null field of the desired spec laid
 * over it, recursively, so what the scripts do not set keeps the appliance's value.
 *
 * <p>The body must differ from the live policy in exactly what {@link PolicyDiff} shows, so three
 * places follow the diff's rules rather than a plain field-by-field overlay. {@code selectedItems}
 * and {@code excludedItems}, which a resolved policy declares whole, replace the live ones. Replica
 * mappings are matched by source region: the desired list says which routes exist, and each route
 * is overlaid on the live route from the same region. And a policy moved from an organization to an
 * IAM role drops the organization settings.
 */
public final class SpecOverlay {

    /** The spec to PUT so that {@code live} ends up as {@code desired} says. */
    public SlaPolicySpec overlay(SlaPolicy live, SlaPolicySpec desired) {
        return overlay(live, desired, java.util.Set.of());
    }

    /** {@link #overlay(SlaPolicy, SlaPolicySpec)}, less the top-level fields the script cleared with {@code none}. */
    public SlaPolicySpec overlay(SlaPolicy live, SlaPolicySpec desired, java.util.Set<String> cleared) {
        SlaPolicySpec base = live.toSpec();
        OrganizationSettings organization = IdentityScope.leavesOrganization(desired, live)
                ? null
                : organization(base.organizationSettings(), desired.organizationSettings());
        return new SlaPolicySpec(
                or(desired.name(), base.name()),
                or(desired.description(), base.description()),
                or(desired.identityId(), base.identityId()),
                or(desired.backupType(), base.backupType()),
                desired.selectedItems(),
                desired.excludedItems(),
                or(desired.regionIds(), base.regionIds()),
                cleared.contains("storageTemplateId") ? null : or(desired.storageTemplateId(), base.storageTemplateId()),
                or(desired.slaTemplateId(), base.slaTemplateId()),
                snapshots(base.snapshotSettings(), desired.snapshotSettings()),
                cleared.contains("replicaSettings") ? null : replicas(base.replicaSettings(), desired.replicaSettings()),
                retries(base.retrySettings(), desired.retrySettings()),
                cleared.contains("notificationSettings") ? null : notifications(base.notificationSettings(), desired.notificationSettings()),
                workers(base.productionWorkersSettings(), desired.productionWorkersSettings()),
                organization);
    }

    private static SnapshotSettings snapshots(SnapshotSettings live, SnapshotSettings desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        return new SnapshotSettings(
                or(desired.additionalTags(), live.additionalTags()),
                or(desired.copyTagsFromVolumeEnabled(), live.copyTagsFromVolumeEnabled()),
                or(desired.tryCreateVSSSnapshot(), live.tryCreateVSSSnapshot()),
                scripts(live.snapshotScripts(), desired.snapshotScripts()));
    }

    private static SnapshotScripts scripts(SnapshotScripts live, SnapshotScripts desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        return new SnapshotScripts(
                script(live.windowsScripts(), desired.windowsScripts()),
                script(live.linuxScripts(), desired.linuxScripts()));
    }

    private static ScriptSettings script(ScriptSettings live, ScriptSettings desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        return new ScriptSettings(
                or(desired.enabled(), live.enabled()),
                or(desired.preSnapshotScript(), live.preSnapshotScript()),
                or(desired.preSnapshotArguments(), live.preSnapshotArguments()),
                or(desired.postSnapshotScript(), live.postSnapshotScript()),
                or(desired.postSnapshotArguments(), live.postSnapshotArguments()),
                or(desired.runOnlyForBackupSnapshots(), live.runOnlyForBackupSnapshots()),
                or(desired.ignoreMissingScripts(), live.ignoreMissingScripts()),
                or(desired.ignoreScriptErrors(), live.ignoreScriptErrors()));
    }

    private static ReplicaSettings replicas(ReplicaSettings live, ReplicaSettings desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        return new ReplicaSettings(
                routes(live.mapping(), desired.mapping()),
                or(desired.additionalTags(), live.additionalTags()),
                or(desired.copyTagsFromVolumeEnabled(), live.copyTagsFromVolumeEnabled()));
    }

    private static List<ReplicaMapping> routes(List<ReplicaMapping> live, List<ReplicaMapping> desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        Map<String, ReplicaMapping> liveRoutes = ReplicaRoutes.bySource(live);
        List<ReplicaMapping> merged = new ArrayList<>(desired.size());
        for (ReplicaMapping want : desired) {
            ReplicaMapping have = liveRoutes.get(want.sourceRegionId());
            merged.add(have == null ? want : new ReplicaMapping(
                    want.sourceRegionId(),
                    or(want.targetRegionId(), have.targetRegionId()),
                    or(want.targetIAMRoleId(), have.targetIAMRoleId()),
                    or(want.encryptionKey(), have.encryptionKey()),
                    or(want.encryptOnlyEncryptedVolumes(), have.encryptOnlyEncryptedVolumes())));
        }
        return merged;
    }

    private static RetrySettings retries(RetrySettings live, RetrySettings desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        return new RetrySettings(or(desired.retryTimes(), live.retryTimes()));
    }

    private static NotificationSettings notifications(NotificationSettings live, NotificationSettings desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        return new NotificationSettings(
                or(desired.email(), live.email()),
                or(desired.enableNotifications(), live.enableNotifications()),
                or(desired.includeOnlyMissedSlaAndRemovedVms(), live.includeOnlyMissedSlaAndRemovedVms()),
                or(desired.sendOnSpecificTime(), live.sendOnSpecificTime()));
    }

    private static ProductionWorkersSettings workers(ProductionWorkersSettings live, ProductionWorkersSettings desired) {
        if (live == null || desired == null) {
            return or(desired, live);
        }
        return new ProductionWorkersSettings(
                or(desired.useProductionWorkers(), live.useProductionWorkers()),
                or(desired.workerRoleId(), live.workerRoleId()),
                or(desired.workerRoleAccountName(), live.workerRoleAccountName()));
    }

    /** Declared whole, like the selection: a desired scope of null is the whole organization. */
    private static OrganizationSettings organization(OrganizationSettings live, OrganizationSettings desired) {
        return or(desired, live);
    }

    private static <T> T or(T desired, T live) {
        return desired != null ? desired : live;
    }
}
