package io.vbaws.repl;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.ApiJson;
import java.lang.reflect.Array;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns whatever a line evaluated to (Groovy strings, ranges, arrays, the API's records) into
 * plain data the renderers understand: strings, numbers, booleans, ordered maps with string keys,
 * and lists.
 */
final class PlainData {
    private final ObjectMapper mapper = ApiJson.newMapper();

    Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Date d) {
            return d.toInstant().toString();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return out;
        }
        if (value instanceof Iterable<?> it) {
            List<Object> out = new ArrayList<>();
            it.forEach(v -> out.add(of(v)));
            return out;
        }
        if (value.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(of(Array.get(value, i)));
            }
            return out;
        }
        if (value.getClass().isRecord()) {
            return of(mapper.convertValue(value, LinkedHashMap.class));
        }
        return value.toString();
    }

    /** Whether {@code value} (already plain) is a non-empty list of maps: a table. */
    static boolean isTable(Object value) {
        return value instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof Map<?, ?>);
    }
}
