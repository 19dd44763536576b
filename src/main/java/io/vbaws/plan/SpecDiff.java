package io.vbaws.plan;

import java.util.List;

/** The fields an update changes, and how many compared fields already matched. */
public record SpecDiff(List<FieldChange> changes, int unchanged) {

    public SpecDiff {
        changes = List.copyOf(changes);
    }

    /** Whether the live policy already matches every field the scripts set. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
