package io.vbaws.dsl;

import io.vbaws.declaration.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The evaluated arguments of one DSL word, read as the word expects them. A word that gets
 * something else fails in the DSL's words: {@code retries takes a whole number, got "three"}.
 */
final class WordArguments {

    /** A block written after a word, run with the word's context as the innermost block. */
    interface Body {
        void run();
    }

    private final String word;
    private final String takes;
    private final List<Object> values;
    private final ScriptRecorder recorder;

    WordArguments(String word, String takes, List<Object> values, ScriptRecorder recorder) {
        this.word = word;
        this.takes = takes;
        this.values = values;
        this.recorder = recorder;
    }

    /** Whether the one argument is {@code none}. */
    boolean isNone() {
        return values.size() == 1 && values.get(0) == Cleared.NONE;
    }

    /** One text. */
    String text() {
        if (values.size() == 1 && TextValues.text(values.get(0)) != null) {
            return TextValues.text(values.get(0));
        }
        throw wrong();
    }

    /** One or two texts: a script and its arguments. */
    List<String> oneOrTwoTexts() {
        if ((values.size() == 1 || values.size() == 2) && values.stream().allMatch(v -> TextValues.text(v) != null)) {
            return values.stream().map(TextValues::text).toList();
        }
        throw wrong();
    }

    /** One whole number. */
    int wholeNumber() {
        if (values.size() == 1) {
            Integer whole = Numbers.wholeInt(values.get(0));
            if (whole != null) {
                return whole;
            }
        }
        throw wrong();
    }

    /** true or false. */
    boolean flag() {
        if (values.size() == 1 && values.get(0) instanceof Boolean on) {
            return on;
        }
        throw wrong();
    }

    /** Several values: written one after another, or as one list. */
    List<Object> several() {
        if (values.size() == 1 && values.get(0) instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (values.isEmpty() || values.stream().anyMatch(v -> v instanceof Map<?, ?> || v instanceof Body || v instanceof List<?>)) {
            throw wrong();
        }
        return new ArrayList<>(values);
    }

    /** Named arguments only: {@code key: value, ...}. */
    Map<String, ?> named() {
        if (values.size() == 1 && values.get(0) instanceof Map<?, ?> map) {
            return stringKeys(map);
        }
        throw wrong();
    }

    /** Whether the arguments start with named ones. */
    boolean startsNamed() {
        return !values.isEmpty() && values.get(0) instanceof Map<?, ?>;
    }

    /** Named arguments and one text: {@code organization "acme", scope: "ou-prod"}. */
    Map<String, ?> namedBeforeText() {
        if (values.size() == 2 && values.get(0) instanceof Map<?, ?> map && TextValues.text(values.get(1)) != null) {
            return stringKeys(map);
        }
        throw wrong();
    }

    /** The text after named arguments. */
    String textAfterNamed() {
        return TextValues.text(values.get(1));
    }

    /** One block. */
    <C> Consumer<C> block() {
        if (values.size() == 1 && values.get(0) instanceof Body body) {
            return context -> body.run();
        }
        throw wrong();
    }

    /** A name in quotes and a block: {@code slaPolicy "NAME" { ... }}. */
    String nameBeforeBlock() {
        if (values.size() == 2 && TextValues.text(values.get(0)) != null && values.get(1) instanceof Body) {
            return TextValues.text(values.get(0));
        }
        throw wrong();
    }

    /** The block after a name. */
    <C> Consumer<C> blockAfterName() {
        Body body = (Body) values.get(1);
        return context -> body.run();
    }

    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        Map<String, Object> named = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> named.put(String.valueOf(k), v));
        return named;
    }

    private BlockError wrong() {
        return new BlockError(new ScriptError(recorder.call(word), word + " takes " + takes + ", got " + described()));
    }

    private String described() {
        if (values.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        for (Object value : values) {
            parts.add(value instanceof Body ? "a block { ... }" : value instanceof CharSequence text
                    ? "\"" + text + "\"" : TextValues.describe(value));
        }
        return String.join(", ", parts);
    }
}
