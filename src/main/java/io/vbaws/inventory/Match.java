package io.vbaws.inventory;

import java.util.List;

/**
 * What looking a name up found: one thing (resolved), none (with the closest existing names, best
 * first), or several (ambiguous).
 */
public record Match<T>(List<T> found, List<String> closest) {

    public Match {
        found = List.copyOf(found);
        closest = List.copyOf(closest);
    }

    public boolean isUnique() {
        return found.size() == 1;
    }

    public boolean isMissing() {
        return found.isEmpty();
    }

    public boolean isAmbiguous() {
        return found.size() > 1;
    }

    /** The one thing found; only when {@link #isUnique()}. */
    public T value() {
        if (!isUnique()) {
            throw new IllegalStateException("not a unique match: " + found.size() + " found");
        }
        return found.get(0);
    }
}
