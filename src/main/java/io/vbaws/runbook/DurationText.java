package io.vbaws.runbook;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the durations runbooks write: {@code 30s}, {@code 5m}, {@code 4h}, {@code 1d}, a number of seconds, or a Duration. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min|h|d)?");

    private DurationText() {
    }

    /** How a duration reads in a line: {@code 4h}, {@code 30m}, {@code 45s}, {@code 300ms}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    /** The duration {@code value} stands for; {@code what} names it in the error. */
    public static Duration parse(Object value, String what) {
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof Number n) {
            return Duration.ofSeconds(n.longValue());
        }
        String text = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new RunbookException(what + ": cannot read '" + value + "' as a duration; use 30s, 5m, 4h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
