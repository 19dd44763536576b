package io.vbaws.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The period (required) and filters of slaInstances: statuses, backup types, schedule types, name pattern. */
public record SlaInstancesQuery(Instant dateFrom, Instant dateTo, List<String> statuses, List<String> backupTypes,
        List<String> scheduleTypes, String searchPattern) {

    public SlaInstancesQuery {
        Objects.requireNonNull(dateFrom, "dateFrom");
        Objects.requireNonNull(dateTo, "dateTo");
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        backupTypes = backupTypes == null ? List.of() : List.copyOf(backupTypes);
        scheduleTypes = scheduleTypes == null ? List.of() : List.copyOf(scheduleTypes);
    }

    /** Every instance over a period, unfiltered. */
    public static SlaInstancesQuery between(Instant from, Instant to) {
        return new SlaInstancesQuery(from, to, null, null, null, null);
    }
}
