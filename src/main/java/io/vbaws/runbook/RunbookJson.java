package io.vbaws.runbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vbaws.api.model.ApiJson;

/** Any value a runbook holds as pretty JSON (Groovy strings as strings, records and rows as objects). */
final class RunbookJson {
    private RunbookJson() {
    }

    static String of(Object value) {
        try {
            return ApiJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(plain(value)) + "\n";
        } catch (JsonProcessingException e) {
            throw new RunbookException("cannot write the value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        if (value instanceof RunbookPolicy p) {
            return p.toRow();
        }
        if (value instanceof java.util.Map<?, ?> m) {
            java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Iterable<?> it) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            it.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }
}
