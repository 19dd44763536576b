package io.vbaws.plan;

import java.util.List;
import java.util.Objects;

/**
 * One field of a policy that a change sets: its API path, the words a script writes for it, and
 * its value before and after, in names.
 *
 * <p>A value is {@code null} (absent), a {@link String}, a {@link Boolean}, an {@link Integer} or a
 * {@code List<String>} (a set, sorted by name). IDs are already rendered as names; a name shared by
 * two different IDs of one change is followed by its ID, so a swap of same-named instances shows.
 *
 * @param path the API's dotted path ({@code slaTemplateId}), stable for machines
 * @param word what a script writes for the field ({@code template}), for people
 * @param before the appliance's value
 * @param after the value once applied
 * @param applianceDefault whether {@code after} is what the appliance fills in for a setting the
 *     script leaves out, rather than a value the script declares
 */
public record FieldChange(String path, String word, Object before, Object after, boolean applianceDefault) {

    public FieldChange {
        Objects.requireNonNull(path, "path");
        word = word == null ? DslWords.of(path) : word;
        before = immutable(before);
        after = immutable(after);
    }

    /** A change of a declared value, named by the words its path has in scripts. */
    public FieldChange(String path, Object before, Object after) {
        this(path, null, before, after, false);
    }

    private static Object immutable(Object value) {
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer) {
            return value;
        }
        throw new IllegalArgumentException("a field value is a string, boolean, integer or list of strings, not "
                + value.getClass().getSimpleName());
    }
}
