package io.vbaws.dsl;

import groovy.lang.Closure;
import java.util.List;
import java.util.Map;

/** How the DSL reads a script's loosely typed values: text (String or GString), and how it names the rest. */
final class TextValues {

    private TextValues() {
    }

    /** The text of {@code value} when it is text (a GString too), else null. */
    static String text(Object value) {
        return value instanceof CharSequence chars ? chars.toString() : null;
    }

    /** The text of a tag value: text, or a number or boolean written without quotes. */
    static String tagValue(Object value) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return null;
    }

    /** What a value is, for "expected text, not ...". */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Closure<?>) {
            return "a block { ... }";
        }
        if (value instanceof Map<?, ?>) {
            return "a map [key: value]";
        }
        if (value instanceof List<?>) {
            return "a list [...]";
        }
        if (value instanceof Cleared) {
            return "none";
        }
        if (value instanceof VolumeGroup group) {
            return group.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof Number number) {
            return "the number " + number;
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        return "a " + value.getClass().getSimpleName();
    }
}
