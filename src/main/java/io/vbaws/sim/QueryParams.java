package io.vbaws.sim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's query parameters. Names are case-insensitive, as on the appliance; a parameter may
 * repeat, and a value may list several items separated by commas. Bad values are 400s naming the
 * parameter.
 */
final class QueryParams {
    private final Map<String, List<String>> values;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    static QueryParams parse(String rawQuery) {
        Map<String, List<String>> values = new HashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value);
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("the query string is not valid URL encoding: " + text);
        }
    }

    /** The first value, or null. */
    String first(String name) {
        List<String> list = values.get(name.toLowerCase(Locale.ROOT));
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** Every value, repeated parameters and comma-separated items alike, trimmed, blanks dropped. */
    List<String> all(String name) {
        List<String> result = new ArrayList<>();
        for (String value : values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    result.add(item.trim());
                }
            }
        }
        return result;
    }

    Integer integer(String name) {
        String value = first(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    Boolean bool(String name) {
        String value = first(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badRequest(name + " must be true or false, not '" + value + "'");
        };
    }

    /** An ISO 8601 date-time ({@code 2026-11-01T00:00:00Z}), or a plain date taken as its UTC midnight. */
    Instant instant(String name, boolean required) {
        String value = first(name);
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiProblem.badRequest(name + " is required (an ISO 8601 date or date-time such as 2026-11-01T00:00:00Z)");
            }
            return null;
        }
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw ApiProblem.badRequest(name + " must be an ISO 8601 date or date-time such as 2026-11-01T00:00:00Z, not '"
                            + value + "'");
                }
            }
        }
    }
}
