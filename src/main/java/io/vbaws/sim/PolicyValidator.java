package io.vbaws.sim;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.ProductionWorkersSettings;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.SelectedItems;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SnapshotSettings;
import io.vbaws.api.model.VolumeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a policy body the way the 1.8 reference describes it, collecting every problem: required
 * fields, name length, regionIds non-empty and unique, IDs that refer to nothing in the estate, at
 * most five snapshot tags, a duplicate policy name, and the settings that only make sense together.
 */
final class PolicyValidator {
    static final int MAX_NAME = 255;
    static final int MAX_SNAPSHOT_TAGS = 5;
    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final Estate estate;

    PolicyValidator(Estate estate) {
        this.estate = estate;
    }

    /**
     * Throws {@link ApiProblem#invalid} listing every problem. {@code policyId} is the policy being
     * modified (null for a create or a cost estimate); duplicate names are checked when asked.
     */
    void validate(SlaPolicySpec spec, ApplianceState state, String policyId, boolean checkDuplicateName) {
        List<String> problems = new ArrayList<>();
        name(spec.name(), problems);
        boolean organization = identity(spec.identityId(), problems);
        Set<String> regions = regions(spec.regionIds(), problems);
        selection(spec, problems);
        exclusions(spec.excludedItems(), problems);
        required(spec.slaTemplateId(), "slaTemplateId", problems);
        if (spec.slaTemplateId() != null && estate.slaTemplate(spec.slaTemplateId()) == null) {
            problems.add("slaTemplateId refers to no SLA template: " + spec.slaTemplateId());
        }
        if (spec.storageTemplateId() != null && estate.storageTemplate(spec.storageTemplateId()) == null) {
            problems.add("storageTemplateId refers to no storage template: " + spec.storageTemplateId());
        }
        snapshots(spec.snapshotSettings(), problems);
        replicas(spec.replicaSettings(), regions, problems);
        if (spec.retrySettings() != null && spec.retrySettings().retryTimes() != null && spec.retrySettings().retryTimes() < 0) {
            problems.add("retrySettings.retryTimes must not be negative, not " + spec.retrySettings().retryTimes());
        }
        notifications(spec.notificationSettings(), problems);
        workers(spec.productionWorkersSettings(), problems);
        organizationSettings(spec.organizationSettings(), organization, spec.identityId(), problems);
        if (checkDuplicateName && spec.name() != null) {
            for (StoredPolicy other : state.policies()) {
                if (other.name().equals(spec.name()) && !other.id().equals(policyId)) {
                    problems.add("name: a policy named '" + spec.name() + "' already exists (id " + other.id() + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private static void required(Object value, String field, List<String> problems) {
        if (value == null) {
            problems.add(field + " is required");
        }
    }

    private static void name(String name, List<String> problems) {
        if (name == null) {
            problems.add("name is required");
        } else if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add("name must be 1 to " + MAX_NAME + " characters, not " + name.length());
        } else if (name.isBlank()) {
            problems.add("name must not be blank");
        }
    }

    /** Checks the identity; answers whether it is the organization. */
    private boolean identity(String identityId, List<String> problems) {
        if (identityId == null) {
            problems.add("identityId is required");
            return false;
        }
        if (estate.organization().id().equals(identityId)) {
            return true;
        }
        if (estate.account(identityId) == null) {
            problems.add("identityId refers to no IAM role or organization: " + identityId);
        }
        return false;
    }

    private Set<String> regions(List<String> regionIds, List<String> problems) {
        Set<String> unique = new LinkedHashSet<>();
        if (regionIds == null) {
            problems.add("regionIds is required");
            return unique;
        }
        if (regionIds.isEmpty()) {
            problems.add("regionIds must not be empty");
            return unique;
        }
        Set<String> duplicates = new LinkedHashSet<>();
        for (String id : regionIds) {
            if (!unique.add(id)) {
                duplicates.add(id);
            }
        }
        if (!duplicates.isEmpty()) {
            problems.add("regionIds must not contain duplicates: " + String.join(", ", duplicates));
        }
        unknown("regionIds", "regions", regionIds, id -> estate.region(id) != null, problems);
        return unique;
    }

    private void selection(SlaPolicySpec spec, List<String> problems) {
        String type = spec.backupType();
        SelectedItems selected = spec.selectedItems();
        List<String> vms = selected == null || selected.virtualMachineIds() == null ? List.of() : selected.virtualMachineIds();
        List<String> tags = selected == null || selected.tagIds() == null ? List.of() : selected.tagIds();
        if (type == null) {
            problems.add("backupType is required");
        } else if (type.equals(ApiValues.BackupType.SELECTED_ITEMS)) {
            if (vms.isEmpty() && tags.isEmpty()) {
                problems.add("selectedItems must name at least one instance or tag when backupType is SelectedItems");
            }
        } else if (!type.equals(ApiValues.BackupType.ALL_ITEMS)) {
            problems.add("backupType must be AllItems or SelectedItems, not '" + type + "'");
        }
        // AllItems with a filled-in selectedItems is what the reference's own example sends: the
        // selection is kept and ignored, but what it names must still exist.
        unknown("selectedItems.virtualMachineIds", "instances", vms, id -> estate.instance(id) != null, problems);
        unknown("selectedItems.tagIds", "tags", tags, id -> estate.tag(id) != null, problems);
    }

    private void exclusions(ExcludedItems excluded, List<String> problems) {
        if (excluded == null) {
            return;
        }
        unknown("excludedItems.virtualMachineIds", "instances", orEmpty(excluded.virtualMachineIds()),
                id -> estate.instance(id) != null, problems);
        unknown("excludedItems.tagIds", "tags", orEmpty(excluded.tagIds()), id -> estate.tag(id) != null, problems);
        if (excluded.excludedVolumes() != null && excluded.excludedVolumes().excludedItems() != null) {
            List<String> ids = new ArrayList<>();
            List<VolumeRef> volumes = excluded.excludedVolumes().excludedItems();
            for (int i = 0; i < volumes.size(); i++) {
                VolumeRef volume = volumes.get(i);
                if (volume == null || volume.id() == null) {
                    problems.add("excludedItems.excludedVolumes.excludedItems[" + i + "].id is required");
                    continue;
                }
                if (volume.type() != null && !volume.type().equals(ApiValues.ItemType.VOLUME)) {
                    problems.add("excludedItems.excludedVolumes.excludedItems[" + i + "].type must be Volume, not '"
                            + volume.type() + "'");
                }
                ids.add(volume.id());
            }
            unknown("excludedItems.excludedVolumes.excludedItems", "volumes", ids, id -> estate.volume(id) != null, problems);
        }
    }

    private static void snapshots(SnapshotSettings settings, List<String> problems) {
        if (settings == null || settings.additionalTags() == null) {
            return;
        }
        List<KeyValueTag> tags = settings.additionalTags();
        if (tags.size() > MAX_SNAPSHOT_TAGS) {
            problems.add("snapshotSettings.additionalTags allows at most " + MAX_SNAPSHOT_TAGS + " tags, not " + tags.size());
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || tags.get(i).key() == null || tags.get(i).key().isBlank()) {
                problems.add("snapshotSettings.additionalTags[" + i + "].key is required");
            }
        }
    }

    private void replicas(ReplicaSettings settings, Set<String> policyRegions, List<String> problems) {
        if (settings == null || settings.mapping() == null) {
            return;
        }
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < settings.mapping().size(); i++) {
            String at = "replicaSettings.mapping[" + i + "]";
            ReplicaMapping mapping = settings.mapping().get(i);
            if (mapping == null) {
                problems.add(at + " must not be null");
                continue;
            }
            EstateRegion source = mapping.sourceRegionId() == null ? null : estate.region(mapping.sourceRegionId());
            EstateRegion target = mapping.targetRegionId() == null ? null : estate.region(mapping.targetRegionId());
            if (mapping.sourceRegionId() == null) {
                problems.add(at + ".sourceRegionId is required");
            } else if (source == null) {
                problems.add(at + ".sourceRegionId refers to no region: " + mapping.sourceRegionId());
            } else {
                if (!policyRegions.contains(mapping.sourceRegionId())) {
                    problems.add(at + ".sourceRegionId must be one of the policy's regionIds: " + source.code());
                }
                if (!sources.add(mapping.sourceRegionId())) {
                    problems.add(at + ".sourceRegionId: " + source.code() + " is mapped twice");
                }
            }
            if (mapping.targetRegionId() == null) {
                problems.add(at + ".targetRegionId is required");
            } else if (target == null) {
                problems.add(at + ".targetRegionId refers to no region: " + mapping.targetRegionId());
            } else if (target == source) {
                problems.add(at + ".targetRegionId must differ from sourceRegionId: " + target.code());
            }
            if (mapping.targetIAMRoleId() == null) {
                problems.add(at + ".targetIAMRoleId is required");
            } else if (estate.account(mapping.targetIAMRoleId()) == null) {
                problems.add(at + ".targetIAMRoleId refers to no IAM role: " + mapping.targetIAMRoleId());
            }
            String key = mapping.encryptionKey();
            if (key != null && !key.isBlank() && target != null) {
                EstateRegion keyRegion = estate.keyRegion(key);
                if (keyRegion == null) {
                    problems.add(at + ".encryptionKey refers to no KMS key (expected a key ARN): " + key);
                } else if (keyRegion != target) {
                    problems.add(at + ".encryptionKey is a key of " + keyRegion.code() + ", not of the target region "
                            + target.code() + ": " + key);
                }
            }
        }
    }

    private static void notifications(NotificationSettings settings, List<String> problems) {
        if (settings == null) {
            return;
        }
        if (Boolean.TRUE.equals(settings.enableNotifications()) && (settings.email() == null || settings.email().isBlank())) {
            problems.add("notificationSettings.email is required when notifications are enabled");
        }
        if (settings.email() != null && !settings.email().isBlank() && !settings.email().contains("@")) {
            problems.add("notificationSettings.email is not an e-mail address: " + settings.email());
        }
        String at = settings.sendOnSpecificTime();
        if (at != null && !at.isEmpty() && !TIME_OF_DAY.matcher(at).matches()) {
            problems.add("notificationSettings.sendOnSpecificTime must be a time of day as HH:mm, not '" + at + "'");
        }
    }

    private void workers(ProductionWorkersSettings settings, List<String> problems) {
        if (settings == null) {
            return;
        }
        if (Boolean.TRUE.equals(settings.useProductionWorkers()) && settings.workerRoleId() == null) {
            problems.add("productionWorkersSettings.workerRoleId is required when useProductionWorkers is true");
        }
        if (settings.workerRoleId() != null && estate.account(settings.workerRoleId()) == null) {
            problems.add("productionWorkersSettings.workerRoleId refers to no IAM role: " + settings.workerRoleId());
        }
    }

    private void organizationSettings(OrganizationSettings settings, boolean organization, String identityId,
                                      List<String> problems) {
        if (settings == null) {
            return;
        }
        boolean empty = settings.limitedScopeId() == null
                && (settings.excludedMembers() == null || settings.excludedMembers().isEmpty());
        if (!organization) {
            if (!empty && identityId != null && estate.account(identityId) != null) {
                problems.add("organizationSettings applies only when identityId is an organization");
            }
            return;
        }
        if (settings.limitedScopeId() != null && estate.unit(settings.limitedScopeId()) == null) {
            problems.add("organizationSettings.limitedScopeId refers to no organizational unit of "
                    + estate.organization().name() + ": " + settings.limitedScopeId());
        }
        unknown("organizationSettings.excludedMembers", "organization members", orEmpty(settings.excludedMembers()),
                id -> estate.member(id) != null, problems);
    }

    private static void unknown(String field, String what, List<String> ids, Predicate<String> known, List<String> problems) {
        Set<String> missing = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || !known.test(id)) {
                missing.add(String.valueOf(id));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(field + " refers to unknown " + what + ": " + String.join(", ", missing));
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
