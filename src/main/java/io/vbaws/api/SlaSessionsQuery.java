package io.vbaws.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The period (required) and filters of slaSessions: backup types and schedule types. */
public record SlaSessionsQuery(Instant dateFrom, Instant dateTo, List<String> backupTypes, List<String> scheduleTypes) {

    public SlaSessionsQuery {
        Objects.requireNonNull(dateFrom, "dateFrom");
        Objects.requireNonNull(dateTo, "dateTo");
        backupTypes = backupTypes == null ? List.of() : List.copyOf(backupTypes);
        scheduleTypes = scheduleTypes == null ? List.of() : List.copyOf(scheduleTypes);
    }

    /** Every session over a period, unfiltered. */
    public static SlaSessionsQuery between(Instant from, Instant to) {
        return new SlaSessionsQuery(from, to, null, null);
    }
}
