package io.vbaws.sim;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SlaSchedule;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.TimeWindow;
import java.util.Locale;

/** The four kinds of restore point an SLA template schedules, scored apart. */
enum BackupKind {
    SNAPSHOT(ApiValues.SlaBackupType.SNAPSHOT),
    REPLICA(ApiValues.SlaBackupType.REPLICA),
    BACKUP(ApiValues.SlaBackupType.BACKUP),
    ARCHIVE(ApiValues.SlaBackupType.ARCHIVE);

    private final String apiName;

    BackupKind(String apiName) {
        this.apiName = apiName;
    }

    String apiName() {
        return apiName;
    }

    SlaSchedule schedule(SlaTemplate template) {
        return switch (this) {
            case SNAPSHOT -> template.snapshotSchedule();
            case REPLICA -> template.replicaSchedule();
            case BACKUP -> template.backupSchedule();
            case ARCHIVE -> template.archiveSchedule();
        };
    }

    /** Snapshots and replicas run in the snapshot window; backups and archives in the backup window. */
    TimeWindow window(SlaTemplate template) {
        return this == SNAPSHOT || this == REPLICA ? template.snapshotWindow() : template.backupWindow();
    }

    /**
     * Whether the policy makes this kind of restore point for the instance: snapshots always;
     * replicas when the instance's region is a replica source; backups when the policy names a
     * storage template; archives when that template has an archive repository.
     */
    boolean appliesTo(SlaPolicySpec spec, Estate estate, EstateInstance instance) {
        return switch (this) {
            case SNAPSHOT -> true;
            case REPLICA -> spec.replicaSettings() != null && spec.replicaSettings().mapping() != null
                    && spec.replicaSettings().mapping().stream().map(ReplicaMapping::sourceRegionId)
                    .anyMatch(instance.region().id()::equals);
            case BACKUP -> spec.storageTemplateId() != null && estate.storageTemplate(spec.storageTemplateId()) != null;
            case ARCHIVE -> {
                StorageTemplate storage = spec.storageTemplateId() == null ? null : estate.storageTemplate(spec.storageTemplateId());
                yield storage != null && storage.archiveRepositoryId() != null;
            }
        };
    }

    /** The kind an API filter value names (any case), or null. */
    static BackupKind parse(String value) {
        for (BackupKind kind : values()) {
            if (kind.apiName.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
