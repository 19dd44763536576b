package io.vbaws.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named arguments of a query ({@code from:}, {@code to:}, {@code status:}, {@code backupType:},
 * {@code scheduleType:}, {@code search:}, {@code region:}), read and checked once. Dates stay as
 * given until a {@link TimeArguments} reads them; filter values are already canonical.
 */
public record QueryOptions(Object from, Object to, List<String> statuses, List<String> backupTypes,
        List<String> scheduleTypes, String search, String region) {

    public QueryOptions {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        backupTypes = backupTypes == null ? List.of() : List.copyOf(backupTypes);
        scheduleTypes = scheduleTypes == null ? List.of() : List.copyOf(scheduleTypes);
    }

    /** No named arguments. */
    public static QueryOptions none() {
        return new QueryOptions(null, null, null, null, null, null, null);
    }

    /**
     * Reads the named arguments {@code function} was given; one it does not take is an error that
     * lists those it does.
     */
    public static QueryOptions read(String function, Map<String, ?> named, Set<String> accepted) {
        if (named == null || named.isEmpty()) {
            return none();
        }
        for (String key : named.keySet()) {
            if (!accepted.contains(key)) {
                throw new QueryException(function + "() takes no argument '" + key + ":'"
                        + (accepted.isEmpty() ? "" : "; it takes " + String.join(", ", new TreeSet<>(accepted).stream()
                                .map(k -> k + ":").toList())));
            }
        }
        Object search = named.get("search");
        Object region = named.get("region");
        return new QueryOptions(named.get("from"), named.get("to"), FilterValue.STATUS.read(named.get("status")),
                FilterValue.BACKUP_TYPE.read(named.get("backupType")),
                FilterValue.SCHEDULE_TYPE.read(named.get("scheduleType")),
                search == null ? null : search.toString(), region == null ? null : region.toString());
    }
}
