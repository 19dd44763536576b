package io.vbaws.dsl;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.EbsVolume;
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
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.api.model.VolumeRef;
import io.vbaws.inventory.IdKind;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.Match;
import io.vbaws.text.TerminalText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes live policies as DSL, so that planning the written script against the same appliance
 * finds nothing to change. Every ID is written as the name the scripts would use when that name
 * resolves back to the same ID, and as the ID itself otherwise (an instance name that repeats in
 * the policy's regions becomes its {@code i-} ID).
 */
public final class PolicyScriptWriter {
    private final InventoryIndex index;
    private final Map<String, CloudTag> tagsById = new LinkedHashMap<>();

    public PolicyScriptWriter(InventoryIndex index) {
        this.index = index;
        index.snapshot().tags().forEach(t -> tagsById.put(t.id(), t));
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

        void write() {
            out.append("slaPolicy ").append(quote(p.name())).append(" {\n");
            if (p.description() != null && !p.description().isEmpty()) {
                line(1, "description " + quote(p.description()));
            }
            identity();
            line(1, "regions " + join(regionIds.stream().map(id -> name(IdKind.REGION, id, index::region, Region::id)).toList()));
            line(1, "template " + quote(name(IdKind.SLA_TEMPLATE, p.slaTemplateId(), index::slaTemplate, SlaTemplate::id)));
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
            out.append("}\n");
        }

        private void identity() {
            String id = p.identity() == null ? null : p.identity().id();
            boolean organization = p.organizationSettings() != null || (p.identity() != null
                    && ApiValues.IdentityType.ORGANIZATION.equals(p.identity().type()));
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
            // The block switches the scripts on, so only an explicit false needs writing.
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
            lines.forEach(l -> b.append("            ").append(l).append('\n'));
            body.add(b.append("        }").toString());
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
                args.add("role: " + quote(name(IdKind.ACCOUNT, m.targetIAMRoleId(), index::account, AmazonAccount::id)));
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

        /** The instance's name when it is unique in the policy's regions, else its i- ID, else its appliance ID. */
        private String instance(String id) {
            String name = index.nameOf(IdKind.INSTANCE, id);
            if (resolvesTo(name, id)) {
                return name;
            }
            Match<VirtualMachine> byId = index.instance(id, regionIds);
            String awsId = byId.isUnique() ? byId.value().awsResourceId() : null;
            return resolvesTo(awsId, id) ? awsId : id;
        }

        private boolean resolvesTo(String nameOrId, String id) {
            if (nameOrId == null) {
                return false;
            }
            Match<VirtualMachine> m = index.instance(nameOrId, regionIds);
            return m.isUnique() && id.equals(m.value().id());
        }

        /** A volume as INSTANCE/vol-ID, looking for its instance among the policy's included ones, then its regions'. */
        private String volume(String volumeId) {
            List<String> owners = new ArrayList<>();
            if (p.selectedItems() != null && p.selectedItems().virtualMachineIds() != null) {
                owners.addAll(p.selectedItems().virtualMachineIds());
            }
            for (String owner : owners) {
                String found = volumeOf(owner, volumeId);
                if (found != null) {
                    return found;
                }
            }
            for (VirtualMachine vm : index.snapshot().virtualMachines()) {
                if (vm.region() != null && regionIds.contains(vm.region().id()) && !owners.contains(vm.id())) {
                    String found = volumeOf(vm.id(), volumeId);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return volumeId;
        }

        private String volumeOf(String instanceId, String volumeId) {
            for (EbsVolume v : index.volumesOf(instanceId)) {
                if (volumeId.equals(v.id())) {
                    return instance(instanceId) + "/" + (v.awsResourceId() != null ? v.awsResourceId() : v.id());
                }
            }
            return null;
        }

        private String tags(Collection<String> tagIds) {
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            for (String id : tagIds) {
                CloudTag tag = tagsById.get(id);
                if (tag == null) {
                    throw new IllegalStateException("policy '" + p.name() + "' names tag " + id
                            + ", which the appliance's tag collection does not hold");
                }
                byKey.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(tag.value());
            }
            return keyValues(byKey);
        }

        private void block(String name, List<String> body) {
            if (body.isEmpty()) {
                return;
            }
            line(1, name + " {");
            body.forEach(l -> line(2, l));
            line(1, "}");
        }

        private void line(int depth, String text) {
            out.append("    ".repeat(depth)).append(text).append('\n');
        }
    }

    /** The name of {@code id} when looking that name up finds exactly {@code id}; else the ID itself. */
    private <T> String name(IdKind kind, String id, Function<String, Match<T>> lookup, Function<T, String> idOf) {
        if (id == null) {
            return null;
        }
        String name = index.nameOf(kind, id);
        if (name != null && !name.equals(id)) {
            Match<T> m = lookup.apply(name);
            if (m.isUnique() && Objects.equals(idOf.apply(m.value()), id)) {
                return name;
            }
        }
        return id;
    }

    /** Tags as the named arguments of a {@code tags} line: {@code owner: "platform", app: "shop"}. */
    private static String namedArguments(List<KeyValueTag> tags) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        tags.forEach(t -> byKey.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t.value()));
        return entries(byKey);
    }

    /** Tags as the map of an include or exclude: {@code [env: "prod", tier: ["web", "app"]]}. */
    private static String keyValues(Map<String, List<String>> byKey) {
        return "[" + entries(byKey) + "]";
    }

    private static String entries(Map<String, List<String>> byKey) {
        List<String> parts = new ArrayList<>();
        byKey.forEach((key, values) -> parts.add(mapKey(key) + ": "
                + (values.size() == 1 ? quote(values.get(0)) : list(values))));
        return String.join(", ", parts);
    }

    private static String mapKey(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : quote(key);
    }

    private static String join(List<String> values) {
        return String.join(", ", values.stream().map(PolicyScriptWriter::quote).toList());
    }

    private static String list(List<String> values) {
        return "[" + join(values) + "]";
    }

    /** A Groovy double-quoted string literal: backslash, quote and dollar escaped. */
    static String quote(String text) {
        if (text == null) {
            return "\"\"";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '$' -> b.append("\\$");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                // A character that would act on a terminal is written as its escape; Groovy reads it back the same.
                default -> b.append(TerminalText.isUnsafe(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
