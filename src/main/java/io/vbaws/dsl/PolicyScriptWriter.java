package io.vbaws.dsl;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.OrganizationMember;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.OrganizationUnit;
import io.vbaws.api.model.ProductionWorkersSettings;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.ScriptSettings;
import io.vbaws.api.model.SelectedItems;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.SnapshotSettings;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VolumeRef;
import io.vbaws.declaration.ProtectionMark;
import io.vbaws.inventory.IdKind;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.Match;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.vbaws.dsl.GroovyLiterals.join;
import static io.vbaws.dsl.GroovyLiterals.keyValues;
import static io.vbaws.dsl.GroovyLiterals.list;
import static io.vbaws.dsl.GroovyLiterals.namedArguments;
import static io.vbaws.dsl.GroovyLiterals.quote;

/**
 * Writes live policies as DSL, so that planning the written script against the same appliance
 * finds nothing to change. Every ID is written as the name the scripts would use when that name
 * resolves back to the same ID, and as the ID itself otherwise (an instance name that repeats in
 * the policy's regions becomes its {@code i-} ID).
 */
public final class PolicyScriptWriter {
    private static final String INDENT = "    ";
    private final InventoryIndex index;
    private final ExportNames names;

    public PolicyScriptWriter(InventoryIndex index) {
        this.index = index;
        this.names = new ExportNames(index);
    }

    /** The script declaring {@code policies}, headed by {@code header} lines written as comments. */
    public String write(List<SlaPolicy> policies, List<String> header) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("// ").append(line).append('\n'));
        for (SlaPolicy policy : policies) {
            out.append('\n');
            new PolicyText(policy, out).write();
        }
        return out.toString();
    }

    /** The text of one policy. */
    private final class PolicyText {
        private final SlaPolicy p;
        private final StringBuilder out;
        private final List<String> regionIds;

        PolicyText(SlaPolicy policy, StringBuilder out) {
            this.p = policy;
            this.out = out;
            this.regionIds = policy.regionIds() == null ? List.of() : policy.regionIds();
        }

        private String instance(String id) {
            return names.instance(id, regionIds);
        }

        private String volume(String volumeId) {
            return names.volume(p, regionIds, volumeId);
        }

        private String tags(Collection<String> tagIds) {
            return keyValues(names.tags(p, tagIds));
        }

        private <T> String name(IdKind kind, String id, Function<String, Match<T>> lookup, Function<T, String> idOf) {
            return names.name(kind, id, lookup, idOf);
        }

        void write() {
            out.append("slaPolicy ").append(quote(p.name())).append(" {\n");
            ProtectionMark description = ProtectionMark.split(p.description());
            if (description.text() != null && !description.text().isEmpty()) {
                line(1, "description " + quote(description.text()));
            }
            identity();
            line(1, "regions " + join(regionIds.stream().map(id -> name(IdKind.REGION, id, index::region, Region::id)).toList()));
            if (p.slaTemplateId() != null) {
                line(1, "template " + quote(name(IdKind.SLA_TEMPLATE, p.slaTemplateId(), index::slaTemplate, SlaTemplate::id)));
            }
            if (p.storageTemplateId() != null) {
                line(1, "storage " + quote(name(IdKind.STORAGE_TEMPLATE, p.storageTemplateId(), index::storageTemplate, StorageTemplate::id)));
            }
            selection();
            exclusion();
            snapshots(p.snapshotSettings());
            replicas(p.replicaSettings());
            if (p.retrySettings() != null && p.retrySettings().retryTimes() != null) {
                line(1, "retries " + p.retrySettings().retryTimes());
            }
            notification(p.notificationSettings());
            workers(p.productionWorkersSettings());
            if (p.isEnabled() != null) {
                line(1, "enabled " + p.isEnabled());
            }
            if (p.priority() != null && p.priority() > 0) {
                line(1, "priority " + p.priority());
            }
            if (description.marked()) {
                line(1, "protect true");
            }
            out.append("}\n");
        }

        private void identity() {
            String id = p.identity() == null ? null : p.identity().id();
            boolean organization = p.organizationSettings() != null || (p.identity() != null
                    && ApiValues.IdentityType.ORGANIZATION.equals(p.identity().type()));
            if (id == null) {
                return;
            }
            if (!organization) {
                line(1, "account " + quote(name(IdKind.ACCOUNT, id, index::account, AmazonAccount::id)));
                return;
            }
            String orgName = name(IdKind.ORGANIZATION, id, index::organization, Organization::id);
            Match<Organization> match = index.organization(id);
            Organization org = match.isUnique() ? match.value() : null;
            OrganizationSettings settings = p.organizationSettings();
            List<String> options = new ArrayList<>();
            if (org != null && settings != null && settings.limitedScopeId() != null) {
                options.add("scope: " + quote(name(IdKind.ORGANIZATION_UNIT, settings.limitedScopeId(),
                        unit -> index.unit(org, unit), OrganizationUnit::id)));
            }
            if (org != null && settings != null && settings.excludedMembers() != null && !settings.excludedMembers().isEmpty()) {
                options.add("excludeMembers: " + list(settings.excludedMembers().stream()
                        .map(m -> name(IdKind.ORGANIZATION_MEMBER, m, member -> index.member(org, member), OrganizationMember::id)).toList()));
            }
            line(1, "organization " + quote(orgName) + (options.isEmpty() ? "" : ", " + String.join(", ", options)));
        }

        private void selection() {
            if (!ApiValues.BackupType.SELECTED_ITEMS.equals(p.backupType())) {
                return;
            }
            SelectedItems s = p.selectedItems();
            List<String> parts = new ArrayList<>();
            if (s != null && s.virtualMachineIds() != null && !s.virtualMachineIds().isEmpty()) {
                parts.add("instances: " + list(s.virtualMachineIds().stream().map(this::instance).toList()));
            }
            if (s != null && s.tagIds() != null && !s.tagIds().isEmpty()) {
                parts.add("tags: " + tags(s.tagIds()));
            }
            if (!parts.isEmpty()) {
                line(1, "include " + String.join(", ", parts));
            }
        }

        private void exclusion() {
            ExcludedItems e = p.excludedItems();
            if (e == null) {
                return;
            }
            List<String> parts = new ArrayList<>();
            if (e.virtualMachineIds() != null && !e.virtualMachineIds().isEmpty()) {
                parts.add("instances: " + list(e.virtualMachineIds().stream().map(this::instance).toList()));
            }
            if (e.tagIds() != null && !e.tagIds().isEmpty()) {
                parts.add("tags: " + tags(e.tagIds()));
            }
            List<String> volumes = new ArrayList<>();
            if (e.excludedVolumes() != null && Boolean.TRUE.equals(e.excludedVolumes().excludeSystemVolumes())) {
                volumes.add("system");
            }
            if (e.excludedVolumes() != null && e.excludedVolumes().excludedItems() != null) {
                for (VolumeRef v : e.excludedVolumes().excludedItems()) {
                    volumes.add(quote(volume(v.id())));
                }
            }
            if (volumes.size() == 1 && volumes.get(0).equals("system")) {
                parts.add("volumes: system");
            } else if (!volumes.isEmpty()) {
                parts.add("volumes: [" + String.join(", ", volumes) + "]");
            }
            if (!parts.isEmpty()) {
                line(1, "exclude " + String.join(", ", parts));
            }
        }

        private void snapshots(SnapshotSettings s) {
            if (s == null) {
                return;
            }
            List<String> body = new ArrayList<>();
            if (s.additionalTags() != null && !s.additionalTags().isEmpty()) {
                body.add("tags " + namedArguments(s.additionalTags()));
            }
            if (s.copyTagsFromVolumeEnabled() != null) {
                body.add("copyTagsFromVolume " + s.copyTagsFromVolumeEnabled());
            }
            if (s.tryCreateVSSSnapshot() != null) {
                body.add("vss " + s.tryCreateVSSSnapshot());
            }
            if (s.snapshotScripts() != null) {
                guest(body, "windows", s.snapshotScripts().windowsScripts());
                guest(body, "linux", s.snapshotScripts().linuxScripts());
            }
            block("snapshots", body);
        }

        private void guest(List<String> body, String os, ScriptSettings g) {
            if (g == null) {
                return;
            }
            List<String> lines = new ArrayList<>();
            // Writing the block switches the scripts on; the state is written either way, so the file says it.
            lines.add("enabled " + Boolean.TRUE.equals(g.enabled()));
            if (g.preSnapshotScript() != null) {
                lines.add("pre " + quote(g.preSnapshotScript()));
            }
            if (g.preSnapshotArguments() != null) {
                lines.add("preArguments " + quote(g.preSnapshotArguments()));
            }
            if (g.postSnapshotScript() != null) {
                lines.add("post " + quote(g.postSnapshotScript()));
            }
            if (g.postSnapshotArguments() != null) {
                lines.add("postArguments " + quote(g.postSnapshotArguments()));
            }
            if (g.runOnlyForBackupSnapshots() != null) {
                lines.add("onlyForBackupSnapshots " + g.runOnlyForBackupSnapshots());
            }
            if (g.ignoreMissingScripts() != null) {
                lines.add("ignoreMissing " + g.ignoreMissingScripts());
            }
            if (g.ignoreScriptErrors() != null) {
                lines.add("ignoreErrors " + g.ignoreScriptErrors());
            }
            StringBuilder b = new StringBuilder(os).append(" {\n");
            lines.forEach(l -> b.append(INDENT).append(l).append('\n'));
            body.add(b.append('}').toString());
        }

        private void replicas(ReplicaSettings r) {
            if (r == null) {
                return;
            }
            List<String> body = new ArrayList<>();
            for (ReplicaMapping m : r.mapping() == null ? List.<ReplicaMapping>of() : r.mapping()) {
                List<String> args = new ArrayList<>();
                args.add("from: " + quote(name(IdKind.REGION, m.sourceRegionId(), index::region, Region::id)));
                args.add("to: " + quote(name(IdKind.REGION, m.targetRegionId(), index::region, Region::id)));
                if (m.targetIAMRoleId() != null) {
                    args.add("role: " + quote(name(IdKind.ACCOUNT, m.targetIAMRoleId(), index::account, AmazonAccount::id)));
                }
                if (m.encryptionKey() != null) {
                    args.add("key: " + quote(m.encryptionKey()));
                }
                if (m.encryptOnlyEncryptedVolumes() != null) {
                    args.add("onlyEncrypted: " + m.encryptOnlyEncryptedVolumes());
                }
                body.add("replicate " + String.join(", ", args));
            }
            if (r.additionalTags() != null && !r.additionalTags().isEmpty()) {
                body.add("tags " + namedArguments(r.additionalTags()));
            }
            if (r.copyTagsFromVolumeEnabled() != null) {
                body.add("copyTagsFromVolume " + r.copyTagsFromVolumeEnabled());
            }
            block("replicas", body);
        }

        private void notification(NotificationSettings n) {
            if (n == null) {
                return;
            }
            List<String> args = new ArrayList<>();
            if (n.email() != null) {
                args.add("email: " + quote(n.email()));
            }
            // notify switches notifications on, so the state is always written.
            args.add("enabled: " + Boolean.TRUE.equals(n.enableNotifications()));
            if (n.includeOnlyMissedSlaAndRemovedVms() != null) {
                args.add("onlyMissedSla: " + n.includeOnlyMissedSlaAndRemovedVms());
            }
            if (n.sendOnSpecificTime() != null && !n.sendOnSpecificTime().isEmpty()) {
                args.add("at: " + quote(n.sendOnSpecificTime()));
            }
            line(1, "notify " + String.join(", ", args));
        }

        private void workers(ProductionWorkersSettings w) {
            if (w == null) {
                return;
            }
            List<String> args = new ArrayList<>();
            if (w.useProductionWorkers() != null) {
                args.add("production: " + w.useProductionWorkers());
            }
            if (w.workerRoleId() != null) {
                args.add("role: " + quote(name(IdKind.ACCOUNT, w.workerRoleId(), index::account, AmazonAccount::id)));
            }
            if (w.workerRoleAccountName() != null) {
                args.add("accountName: " + quote(w.workerRoleAccountName()));
            }
            if (!args.isEmpty()) {
                line(1, "workers " + String.join(", ", args));
            }
        }

        private void block(String name, List<String> body) {
            if (body.isEmpty()) {
                return;
            }
            line(1, name + " {");
            body.forEach(l -> line(2, l));
            line(1, "}");
        }

        /** {@code text} at {@code depth}, each of its own lines (a nested block's) indented from there. */
        private void line(int depth, String text) {
            for (String each : text.split("\n", -1)) {
                out.append(INDENT.repeat(depth)).append(each).append('\n');
            }
        }
    }
}
