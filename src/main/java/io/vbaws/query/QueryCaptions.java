package io.vbaws.query;

import io.vbaws.api.model.SlaTemplate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words a result's caption uses for what was asked: the period, the filters, the template. */
final class QueryCaptions {
    private QueryCaptions() {
    }

    static String templateNote(SlaTemplate t) {
        return t == null ? "" : " (template " + t.name()
                + (t.targetSla() == null ? "" : String.format(Locale.ROOT, ", target %.1f%%", t.targetSla())) + ")";
    }

    static String filters(QueryOptions o) {
        List<String> parts = new ArrayList<>();
        if (!o.statuses().isEmpty()) {
            parts.add("status " + String.join("/", o.statuses()));
        }
        if (!o.backupTypes().isEmpty()) {
            parts.add("backupType " + String.join("/", o.backupTypes()));
        }
        if (!o.scheduleTypes().isEmpty()) {
            parts.add("scheduleType " + String.join("/", o.scheduleTypes()));
        }
        if (o.search() != null) {
            parts.add("search '" + o.search() + "'");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static String period(Instant from, Instant to) {
        return DateTimeFormatter.ISO_INSTANT.format(from) + " to " + DateTimeFormatter.ISO_INSTANT.format(to);
    }

    /** Refuses a period that ends before it starts. */
    static void checkOrder(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new QueryException("from: " + DateTimeFormatter.ISO_INSTANT.format(from) + " is after to: "
                    + DateTimeFormatter.ISO_INSTANT.format(to));
        }
    }
}
