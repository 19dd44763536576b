package io.vbaws.plan;

import java.util.List;

/**
 * How to plan: whether undeclared live policies are deleted ({@code --prune}), and which policy
 * names are considered at all ({@code --target} and {@code --exclude} globs with {@code *} and
 * {@code ?}; no target means every name).
 */
public record PlanOptions(boolean prune, List<String> targets, List<String> excludes) {

    public PlanOptions {
        targets = List.copyOf(targets);
        excludes = List.copyOf(excludes);
    }

    /** No prune, no narrowing. */
    public static PlanOptions defaults() {
        return new PlanOptions(false, List.of(), List.of());
    }
}
