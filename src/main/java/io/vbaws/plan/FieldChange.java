package io.vbaws.plan;

import java.util.List;
import java.util.Objects;

/**
 * One field of a policy that a change sets: its API path and its value before and after, in names.
 *
 * <p>A value is {@code null} (absent), a {@link String}, a {@link Boolean}, an {@link Integer} or a
 * {@code List<String>} (a set, sorted by name). IDs are already rendered as names; a name shared by
 * two different IDs of one change is followed by its ID, so a swap of same-named instances shows.
 */
public record FieldChange(String path, Object before, Object after) {

    public FieldChange {
        Objects.requireNonNull(path, "path");
        before = immutable(before);
        after = immutable(after);
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
