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

    /** Edit distance where swapping two neighbouring letters, the commonest typo, counts as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
