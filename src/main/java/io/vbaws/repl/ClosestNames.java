package io.vbaws.repl;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The names most like one that was not found, for "did you mean" messages. */
public final class ClosestNames {
    private final int limit;

    public ClosestNames(int limit) {
        this.limit = limit;
    }

    /** Up to {@code limit} names: those containing the wanted one first, then by edit distance. */
    public List<String> to(String wanted, Collection<String> names) {
        String w = wanted.toLowerCase(Locale.ROOT);
        Set<String> distinct = new LinkedHashSet<>(names);
        distinct.remove(null);
        int tolerance = Math.max(2, w.length() / 2);
        return distinct.stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).contains(w) || w.contains(n.toLowerCase(Locale.ROOT))
                        || distance(w, n.toLowerCase(Locale.ROOT)) <= tolerance)
                .sorted(Comparator.comparingInt((String n) -> n.toLowerCase(Locale.ROOT).contains(w) ? 0 : 1)
                        .thenComparingInt(n -> distance(w, n.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(limit)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
