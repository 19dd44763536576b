package io.vbaws.sim;

import io.vbaws.api.model.ApiValues.LogStatus;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SlaSessionLog;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VolumeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The log of one instance's SLA session, written from the same derived facts as its status: a
 * start line, one line per protected volume (excluded volumes are skipped), and a closing line that
 * says success, warning (with why) or failure (with why).
 */
final class SessionLogs {
    private final Estate estate;
    private final SessionOutcomes outcomes;

    SessionLogs(Estate estate, SessionOutcomes outcomes) {
        this.estate = estate;
        this.outcomes = outcomes;
    }

    List<SlaSessionLog> slaLog(PolicyCompliance compliance, EstateInstance instance, BackupKind kind, ScheduleKind schedule,
                               long run) {
        StoredPolicy policy = compliance.policy();
        Outcome outcome = compliance.outcome(instance, kind, schedule, run);
        long duration = outcomes.durationSeconds(compliance.policyKey(), instance, kind, schedule, run, outcome);
        List<EbsVolume> volumes = protectedVolumes(policy.spec(), instance);
        String what = kind.apiName().toLowerCase(Locale.ROOT);
        List<SlaSessionLog> lines = new ArrayList<>();
        lines.add(line("Starting " + schedule.apiName().toLowerCase(Locale.ROOT) + " " + what + " of " + instance.name()
                + " (" + instance.vm().awsResourceId() + ") for policy " + policy.name(), LogStatus.NONE, run, instance));
        int steps = volumes.size() + 1;
        for (int i = 0; i < volumes.size(); i++) {
            EbsVolume volume = volumes.get(i);
            long at = run + duration * (i + 1) / (steps + 1);
            lines.add(line(volumeStep(kind, policy.spec(), instance, volume), LogStatus.SUCCESS, at, instance));
        }
        long end = run + duration;
        switch (outcome) {
            case SUCCESS -> lines.add(line(capitalised(what) + " completed successfully", LogStatus.SUCCESS, end, instance));
            case WARNING -> {
                lines.add(line(outcomes.warning(kind), LogStatus.WARNING, end, instance));
                lines.add(line(capitalised(what) + " completed with warnings", LogStatus.WARNING, end, instance));
            }
            case FAILED -> {
                lines.add(line(outcomes.failureReason(compliance.policyKey(), instance, kind, schedule, run), LogStatus.ERROR,
                        end, instance));
                lines.add(line(capitalised(what) + " failed", LogStatus.ERROR, end, instance));
            }
        }
        return lines;
    }

    /** The instance's volumes the policy backs up: all but excluded ones (and system volumes when asked). */
    static List<EbsVolume> protectedVolumes(SlaPolicySpec spec, EstateInstance instance) {
        ExcludedItems excluded = spec.excludedItems();
        boolean noSystem = excluded != null && excluded.excludedVolumes() != null
                && Boolean.TRUE.equals(excluded.excludedVolumes().excludeSystemVolumes());
        List<String> ids = excluded == null || excluded.excludedVolumes() == null
                || excluded.excludedVolumes().excludedItems() == null ? List.of()
                : excluded.excludedVolumes().excludedItems().stream().filter(Objects::nonNull).map(VolumeRef::id).toList();
        return instance.volumes().stream()
                .filter(v -> !(noSystem && Boolean.TRUE.equals(v.isSystem())))
                .filter(v -> !ids.contains(v.id()))
                .toList();
    }

    private String volumeStep(BackupKind kind, SlaPolicySpec spec, EstateInstance instance, EbsVolume volume) {
        String size = " (" + volume.name() + ", " + Math.round(volume.sizeGigabytes()) + " GB)";
        return switch (kind) {
            case SNAPSHOT -> "Created snapshot of volume " + volume.awsResourceId() + size;
            case REPLICA -> "Copied snapshot of volume " + volume.awsResourceId() + " to " + replicaTarget(spec, instance);
            case BACKUP -> "Backed up volume " + volume.awsResourceId() + size + " to storage " + storageName(spec);
            case ARCHIVE -> "Archived restore point of volume " + volume.awsResourceId() + " with storage " + storageName(spec);
        };
    }

    private String replicaTarget(SlaPolicySpec spec, EstateInstance instance) {
        if (spec.replicaSettings() != null && spec.replicaSettings().mapping() != null) {
            for (ReplicaMapping mapping : spec.replicaSettings().mapping()) {
                if (instance.region().id().equals(mapping.sourceRegionId())) {
                    EstateRegion target = estate.region(mapping.targetRegionId());
                    return target == null ? "the target region" : target.code();
                }
            }
        }
        return "the target region";
    }

    private String storageName(SlaPolicySpec spec) {
        StorageTemplate storage = spec.storageTemplateId() == null ? null : estate.storageTemplate(spec.storageTemplateId());
        return storage == null ? "(none)" : storage.name();
    }

    private static SlaSessionLog line(String text, String status, long at, EstateInstance instance) {
        return new SlaSessionLog(text, status, PolicyCompliance.time(at, instance.region()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
