package io.vbaws.inventory;

import io.vbaws.text.NameSuggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Things of one kind indexed by every key a script may use for them (name, appliance ID, alias,
 * AWS ID), exact and case-sensitive, with their display names for suggestions.
 */
final class NameTable<T> {

    private final Map<String, List<T>> byKey = new HashMap<>();
    private final List<String> names;

    NameTable(Collection<T> items, Function<T, List<String>> keys, Function<T, String> displayName) {
        LinkedHashSet<String> display = new LinkedHashSet<>();
        for (T item : items) {
            for (String key : new LinkedHashSet<>(keys.apply(item))) {
                if (key != null && !key.isEmpty()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                }
            }
            String name = displayName.apply(item);
            if (name != null) {
                display.add(name);
            }
        }
        names = List.copyOf(display);
    }

    /** The things {@code wanted} names exactly; the closest display names when none. */
    Match<T> find(String wanted, NameSuggestions suggestions) {
        List<T> found = byKey.getOrDefault(Objects.requireNonNull(wanted), List.of());
        return new Match<>(distinct(found), found.isEmpty() ? suggestions.closest(wanted, names) : List.of());
    }

    /** Every display name, in inventory order. */
    List<String> names() {
        return names;
    }

    private static <T> List<T> distinct(List<T> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }
}
