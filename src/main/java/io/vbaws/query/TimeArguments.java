package io.vbaws.query;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code from:} and {@code to:} arguments of the queries: ISO dates ({@code 2026-11-01},
 * midnight UTC), ISO date-times (with {@code Z} or an offset; without one, UTC), and relative forms
 * counted back from now ({@code 30m}, {@code 12h}, {@code 7d}, {@code 2w}, {@code today},
 * {@code yesterday}, {@code now}). UTC throughout, because the appliance's timestamps are UTC.
 */
public final class TimeArguments {
    /** How far back {@code from:} reaches when it is not given. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(7);

    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})\\s*(m|min|h|d|w)");
    private static final String FORMS = "use 2026-11-01, 2026-11-01T08:00:00Z, 30m, 12h, 7d, 2w, today, yesterday or now";

    private final Clock clock;

    public TimeArguments(Clock clock) {
        this.clock = clock;
    }

    /** Now, by this reader's clock, to the second (the API's periods and timestamps are no finer). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The start of a period: {@code value}, or {@link #DEFAULT_LOOKBACK} ago when it is null. */
    public Instant from(Object value) {
        return value == null ? now().minus(DEFAULT_LOOKBACK) : instant(value, "from");
    }

    /** The end of a period: {@code value}, or now when it is null. */
    public Instant to(Object value) {
        return value == null ? now() : instant(value, "to");
    }

    /** One point in time from any of the accepted forms; {@code argument} names it in the error. */
    public Instant instant(Object value, String argument) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        String text = value == null ? "" : value.toString().trim();
        Instant parsed = parse(text.toLowerCase(Locale.ROOT), text);
        if (parsed == null) {
            throw new QueryException(argument + ": cannot read '" + text + "' as a date; " + FORMS);
        }
        return parsed;
    }

    private Instant parse(String lower, String text) {
        Instant now = now();
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        switch (lower) {
            case "now":
                return now;
            case "today":
                return today;
            case "yesterday":
                return today.minus(1, ChronoUnit.DAYS);
            default:
                break;
        }
        Matcher m = RELATIVE.matcher(lower);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "m", "min" -> now.minus(Duration.ofMinutes(n));
                case "h" -> now.minus(Duration.ofHours(n));
                case "d" -> now.minus(Duration.ofDays(n));
                default -> now.minus(Duration.ofDays(7 * n));
            };
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.endsWith("z")) {
                return Instant.parse(text.toUpperCase(Locale.ROOT));
            }
            if (text.matches(".*[+-]\\d\\d:?\\d\\d$") && text.contains("T")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
