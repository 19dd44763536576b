package io.vbaws.text;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write and read them: {@code 10s}, {@code 500ms}, {@code 5m}, {@code 1h}
 * (a bare number is seconds) in, and {@code 10 s}, {@code 5 min}, {@code 1 h 30 min} out.
 */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|sec|m|min|h)?");

    private DurationText() {
    }

    /** The duration {@code text} names; a clear IllegalArgumentException when it names none. */
    public static Duration parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + TerminalText.printable(text)
                    + "' (write it as 500ms, 10s, 5m or 1h)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        Duration d = switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.isZero()) {
            throw new IllegalArgumentException("a duration must be more than zero: '" + TerminalText.printable(text) + "'");
        }
        return d;
    }

    /** {@code d} in the largest units that say it exactly enough: {@code 250 ms}, {@code 10 s}, {@code 5 min}, {@code 1 h 30 min}. */
    public static String of(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return ms % 1000 == 0 ? s + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        if (s < 3600) {
            return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
        }
        long min = (s % 3600) / 60;
        return s / 3600 + " h" + (min == 0 ? "" : " " + min + " min");
    }
}
