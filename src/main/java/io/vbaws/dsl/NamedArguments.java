package io.vbaws.dsl;

import io.vbaws.declaration.NameRef;
import io.vbaws.text.NameSuggestions;
import io.vbaws.declaration.TagRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The named arguments of one form ({@code exclude instances: [...], volumes: system}): an unknown key
 * is an error that lists the allowed ones, and each value is read as the type its key expects, with
 * an error that says what was expected. A value that is wrong reads as absent.
 */
final class NamedArguments {

    private final ScriptRecorder recorder;
    private final String form;
    private final Map<String, Object> given;

    NamedArguments(ScriptRecorder recorder, String form, Map<?, ?> given, List<String> allowed) {
        this.recorder = recorder;
        this.form = form;
        this.given = new LinkedHashMap<>();
        NameSuggestions suggestions = new NameSuggestions(1);
        for (Map.Entry<?, ?> entry : given.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (allowed.contains(key)) {
                this.given.put(key, entry.getValue());
            } else {
                List<String> closest = suggestions.closest(key, allowed);
                recorder.error(recorder.call(form), form + ": unknown key " + key + ":"
                        + (closest.isEmpty() ? "" : " (did you mean " + closest.get(0) + ":?)")
                        + "; expected " + allowed.stream().map(k -> k + ":").collect(Collectors.joining(", ")));
            }
        }
    }

    boolean has(String key) {
        return given.containsKey(key);
    }

    /** The raw value of {@code key}; null when absent. */
    Object raw(String key) {
        return given.get(key);
    }

    /** Text; null (with an error when present but not text). */
    String text(String key) {
        if (!has(key)) {
            return null;
        }
        String text = TextValues.text(given.get(key));
        if (text == null) {
            wrong(key, "text in quotes");
        }
        return text;
    }

    /** true or false; null (with an error when present but not a boolean). */
    Boolean flag(String key) {
        if (!has(key)) {
            return null;
        }
        if (given.get(key) instanceof Boolean flag) {
            return flag;
        }
        wrong(key, "true or false");
        return null;
    }

    /** One name; null when absent or wrong. */
    NameRef name(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            wrong(key, "a name, not an empty text");
            return null;
        }
        return new NameRef(text, recorder.literal(form, text));
    }

    /** Names: one in quotes or a list of them; empty when absent. */
    List<NameRef> names(String key) {
        List<NameRef> names = new ArrayList<>();
        for (Object item : items(key)) {
            String text = TextValues.text(item);
            if (text == null || text.isBlank()) {
                wrong(key, "names in quotes, not " + TextValues.describe(item));
            } else {
                names.add(new NameRef(text, recorder.literal(form, text)));
            }
        }
        return names;
    }

    /**
     * Tags to select by: {@code [env: "prod"]}, {@code [env: ["prod", "staging"]]} for one key with
     * several values, or {@code ["env=prod", "tier=web"]}.
     */
    List<TagRef> tags(String key) {
        List<TagRef> tags = new ArrayList<>();
        if (!has(key)) {
            return tags;
        }
        Object value = given.get(key);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String tagKey = String.valueOf(entry.getKey());
                List<?> values = entry.getValue() instanceof List<?> list ? list : java.util.Collections.singletonList(entry.getValue());
                for (Object v : values) {
                    String tagValue = TextValues.tagValue(v);
                    if (tagValue == null) {
                        wrong(key, "[KEY: \"VALUE\"], not " + tagKey + ": " + TextValues.describe(v));
                    } else {
                        tags.add(new TagRef(tagKey, tagValue, recorder.literal(form, tagValue)));
                    }
                }
            }
            return tags;
        }
        for (Object item : items(key)) {
            String text = TextValues.text(item);
            int eq = text == null ? -1 : text.indexOf('=');
            if (eq <= 0) {
                wrong(key, "[KEY: \"VALUE\"] or [\"KEY=VALUE\", ...], not " + (text == null ? TextValues.describe(item) : "\"" + text + "\""));
            } else {
                tags.add(new TagRef(text.substring(0, eq), text.substring(eq + 1), recorder.literal(form, text)));
            }
        }
        return tags;
    }

    /** The value of {@code key} as a list: a list as is, one value as a list of one; empty when absent. */
    List<Object> items(String key) {
        if (!has(key)) {
            return List.of();
        }
        Object value = given.get(key);
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        List<Object> one = new ArrayList<>();
        one.add(value);
        return one;
    }

    void wrong(String key, String expected) {
        recorder.error(recorder.call(form), form + " " + key + ": expected " + expected);
    }
}
