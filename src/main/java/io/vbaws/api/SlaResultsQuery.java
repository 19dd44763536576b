package io.vbaws.api;

import java.util.List;

/** Filters of slaResults: compliance statuses, backup types, schedule types (empty = all). */
public record SlaResultsQuery(List<String> statuses, List<String> backupTypes, List<String> scheduleTypes) {

    public SlaResultsQuery {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        backupTypes = backupTypes == null ? List.of() : List.copyOf(backupTypes);
        scheduleTypes = scheduleTypes == null ? List.of() : List.copyOf(scheduleTypes);
    }

    /** No filters. */
    public static SlaResultsQuery all() {
        return new SlaResultsQuery(null, null, null);
    }
}
