package io.vbaws.query;

import io.vbaws.api.model.ApiValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filter arguments the SLA endpoints take, each with its accepted values (from
 * {@link ApiValues}) and short aliases: a user's {@code status: "missed"} becomes {@code MissedSla}.
 */
public enum FilterValue {
    STATUS("status", values(ApiValues.SlaFilterStatus.ALL, ApiValues.SlaFilterStatus.MET,
            ApiValues.SlaFilterStatus.MISSED, ApiValues.SlaFilterStatus.REMOVED, ApiValues.SlaStatus.NOT_CALCULATED),
            Map.of("met", ApiValues.SlaFilterStatus.MET, "missed", ApiValues.SlaFilterStatus.MISSED)),
    BACKUP_TYPE("backupType", values(ApiValues.SlaBackupType.SNAPSHOT, ApiValues.SlaBackupType.REPLICA,
            ApiValues.SlaBackupType.BACKUP, ApiValues.SlaBackupType.ARCHIVE), Map.of()),
    SCHEDULE_TYPE("scheduleType", values(ApiValues.ScheduleType.DAILY, ApiValues.ScheduleType.WEEKLY,
            ApiValues.ScheduleType.MONTHLY), Map.of());

    private final String argument;
    private final Map<String, String> accepted;

    FilterValue(String argument, List<String> canonical, Map<String, String> aliases) {
        this.argument = argument;
        this.accepted = new LinkedHashMap<>();
        canonical.forEach(v -> accepted.put(v.toLowerCase(Locale.ROOT), v));
        aliases.forEach(accepted::put);
    }

    /** The named argument this filter is given by. */
    public String argument() {
        return argument;
    }

    /** The canonical values, in the order the API lists them. */
    public List<String> canonicalValues() {
        return accepted.values().stream().distinct().toList();
    }

    /** A string or a list of strings, each turned into its canonical value; null gives an empty list. */
    public List<String> read(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        Iterable<?> items = value instanceof Iterable<?> it ? it : List.of(value);
        for (Object item : items) {
            String text = String.valueOf(item).trim();
            String canonical = accepted.get(text.toLowerCase(Locale.ROOT));
            if (canonical == null) {
                throw new QueryException(argument + ": unknown value '" + text + "'; expected one of "
                        + String.join(", ", canonicalValues()));
            }
            if (!out.contains(canonical)) {
                out.add(canonical);
            }
        }
        return out;
    }

    private static List<String> values(String... v) {
        return List.of(v);
    }
}
