package io.vbaws.sim;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random faults applied to every {@code /api} request, from a SPEC such as
 * {@code latency=20ms,jitter=50-500ms,error503=0.1,error504=0.05,drop=0.02,tokenTtl=30s,seed=7}:
 * a fixed delay, a uniformly random extra delay, the chances of a 503, a 504 and a dropped
 * connection, the lifetime of access tokens, and the seed of the fault dice (default: the
 * appliance's seed). Durations take ms, s, m or h.
 */
public record FaultSpec(Duration latency, Duration jitterMin, Duration jitterMax, double error503, double error504,
                        double drop, Duration tokenTtl, Long seed) {

    /** No faults at all. */
    public static final FaultSpec NONE = new FaultSpec(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0, 0, null, null);

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    public FaultSpec {
        if (error503 + error504 + drop > 1) {
            throw new IllegalArgumentException("error503, error504 and drop add up to more than 1");
        }
    }

    /** Reads a SPEC; an empty or null one means no faults. */
    public static FaultSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Duration latency = Duration.ZERO;
        Duration jitterMin = Duration.ZERO;
        Duration jitterMax = Duration.ZERO;
        double error503 = 0;
        double error504 = 0;
        double drop = 0;
        Duration tokenTtl = null;
        Long seed = null;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("fault '" + part.trim() + "' has no value (expected name=value, e.g. error503=0.1)");
            }
            String name = kv[0].trim();
            String value = kv[1].trim();
            switch (name.toLowerCase(Locale.ROOT)) {
                case "latency" -> latency = duration(name, value);
                case "jitter" -> {
                    String[] range = value.split("-", 2);
                    if (range.length != 2) {
                        throw new IllegalArgumentException("fault jitter must be a range such as 50-500ms, not '" + value + "'");
                    }
                    String unit = unitOf(range[1]);
                    jitterMin = duration(name, unitOf(range[0]).isEmpty() ? range[0] + unit : range[0]);
                    jitterMax = duration(name, range[1]);
                    if (jitterMax.compareTo(jitterMin) < 0) {
                        throw new IllegalArgumentException("fault jitter range runs backwards: " + value);
                    }
                }
                case "error503" -> error503 = probability(name, value);
                case "error504" -> error504 = probability(name, value);
                case "drop" -> drop = probability(name, value);
                case "tokenttl" -> tokenTtl = duration(name, value);
                case "seed" -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("fault seed must be a whole number, not '" + value + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown fault '" + name
                        + "' (expected latency, jitter, error503, error504, drop, tokenTtl or seed)");
            }
        }
        return new FaultSpec(latency, jitterMin, jitterMax, error503, error504, drop, tokenTtl, seed);
    }

    boolean delays() {
        return !latency.isZero() || !jitterMax.isZero();
    }

    private static String unitOf(String text) {
        Matcher m = DURATION.matcher(text.trim());
        return m.matches() && m.group(2) != null ? m.group(2) : "";
    }

    private static Duration duration(String name, String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("fault " + name + " must be a duration such as 20ms, 30s or 5m, not '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMillis(n);
        };
    }

    private static double probability(String name, String value) {
        try {
            double p = Double.parseDouble(value);
            if (p < 0 || p > 1) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault " + name + " must be a probability between 0 and 1, not '" + value + "'");
        }
    }
}
