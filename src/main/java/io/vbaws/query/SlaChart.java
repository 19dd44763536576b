package io.vbaws.query;

import java.util.List;
import java.util.Map;

/**
 * A policy's SLA compliance per period, to be drawn as a bar chart with the template's target:
 * what {@code chart(policy)} returns. {@link ChartRenderer} draws it; the JSON and CSV formats
 * print its {@link #rows()}.
 */
public record SlaChart(String policy, Double targetSla, String backupType, String scheduleType, List<Bar> bars) {

    public SlaChart {
        bars = List.copyOf(bars);
    }

    /** One period: its bounds as the API gives them, the achieved percent and the status. */
    public record Bar(String from, String to, Double achievedSlaPercent, String status) {
    }

    /** The periods as rows, with the target beside each. */
    public QueryResult rows() {
        List<Map<String, Object>> rows = bars.stream().map(b -> Row.of("from", b.from()).and("to", b.to())
                .and("achievedSlaPercent", b.achievedSlaPercent()).and("status", b.status()).and("targetSla", targetSla)
                .map()).toList();
        return new QueryResult(title(), rows);
    }

    /** A round lower bound a little under the lowest bar and the target, so differences show on the scale. */
    public double lowerBound() {
        double min = bars.stream().map(Bar::achievedSlaPercent).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).min().orElse(100.0);
        if (targetSla != null) {
            min = Math.min(min, targetSla);
        }
        double low = Math.floor((min - 1.0) / 10.0) * 10.0;
        return Math.max(0.0, Math.min(low, 90.0));
    }

    /** What the chart shows, in one line. */
    public String title() {
        StringBuilder t = new StringBuilder(policy).append(": SLA compliance per period");
        if (scheduleType != null || backupType != null) {
            t.append(" (");
            if (scheduleType != null) {
                t.append(scheduleType);
            }
            if (backupType != null) {
                t.append(scheduleType != null ? ", " : "").append(backupType);
            }
            t.append(')');
        }
        if (targetSla != null) {
            t.append(", target ").append(String.format(java.util.Locale.ROOT, "%.1f%%", targetSla));
        }
        return t.toString();
    }
}
