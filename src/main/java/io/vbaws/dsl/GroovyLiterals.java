package io.vbaws.dsl;

import io.vbaws.api.model.KeyValueTag;
import io.vbaws.text.TerminalText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Values written as Groovy literals that read back as the same value: texts in double quotes with
 * every character that would act on a terminal (ESC, BEL, bidi overrides, zero-width spaces) as its
 * {@code \\uXXXX} escape, lists, and tags as named arguments or a map.
 */
final class GroovyLiterals {

    private GroovyLiterals() {
    }

    /** Tags as the named arguments of a {@code tags} line: {@code owner: "platform", app: "shop"}. */
    static String namedArguments(List<KeyValueTag> tags) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        tags.forEach(t -> byKey.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t.value()));
        return entries(byKey);
    }

    /** Tags as the map of an include or exclude: {@code [env: "prod", tier: ["web", "app"]]}. */
    static String keyValues(Map<String, List<String>> byKey) {
        return "[" + entries(byKey) + "]";
    }

    private static String entries(Map<String, List<String>> byKey) {
        List<String> parts = new ArrayList<>();
        byKey.forEach((key, values) -> parts.add(mapKey(key) + ": "
                + (values.size() == 1 ? quote(values.get(0)) : list(values))));
        return String.join(", ", parts);
    }

    private static String mapKey(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : quote(key);
    }

    static String join(List<String> values) {
        return String.join(", ", values.stream().map(GroovyLiterals::quote).toList());
    }

    static String list(List<String> values) {
        return "[" + join(values) + "]";
    }

    /** A Groovy double-quoted string literal: backslash, quote and dollar escaped; a missing text is a bug of the caller. */
    static String quote(String text) {
        Objects.requireNonNull(text, "a literal of no text");
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '$' -> b.append("\\$");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                // A character that would act on a terminal is written as its escape; Groovy reads it back the same.
                default -> b.append(TerminalText.isUnsafe(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
