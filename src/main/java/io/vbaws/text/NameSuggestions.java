package io.vbaws.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The existing names closest to one that was not found, best first, for every "did you mean" of
 * vbaws (script names, REPL queries and commands, the CLI's own commands): by edit distance,
 * case-insensitive, where swapping two neighbouring letters (the commonest typo) counts as one
 * edit, with names that contain the wanted one (or it them) counted as close.
 */
public final class NameSuggestions {

    private final int limit;

    public NameSuggestions(int limit) {
        this.limit = limit;
    }

    /** Up to the limit of {@code names} close enough to {@code wanted} to be a plausible typo, best first. */
    public List<String> closest(String wanted, Collection<String> names) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, w.length() / 3);
        List<Scored> scored = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            if (name == null) {
                continue;
            }
            String n = name.toLowerCase(Locale.ROOT);
            int distance = distance(w, n, allowed);
            boolean contains = w.length() >= 3 && (n.contains(w) || w.contains(n) && n.length() >= 3);
            if (distance <= allowed || contains) {
                scored.add(new Scored(name, contains ? Math.min(distance, allowed) : distance));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /**
     * The edit distance of a and b (insertions, deletions, substitutions, and swaps of neighbouring
     * letters, each one edit), or any number above {@code cap} once it is surely above it.
     */
    static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > cap) {
                return cap + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
