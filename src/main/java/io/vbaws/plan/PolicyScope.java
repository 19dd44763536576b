package io.vbaws.plan;

import io.vbaws.text.NameGlob;

import java.util.List;

/** Which policy names a plan considers: those matching a target (any, when none), minus excludes. */
public final class PolicyScope {
    private final List<NameGlob> targets;
    private final List<NameGlob> excludes;

    public PolicyScope(List<String> targets, List<String> excludes) {
        this.targets = targets.stream().map(NameGlob::new).toList();
        this.excludes = excludes.stream().map(NameGlob::new).toList();
    }

    /** The scope of {@code options}. */
    public static PolicyScope of(PlanOptions options) {
        return new PolicyScope(options.targets(), options.excludes());
    }

    /** Whether the plan considers the policy called {@code name}. */
    public boolean includes(String name) {
        boolean targeted = targets.isEmpty() || targets.stream().anyMatch(glob -> glob.matches(name));
        return targeted && excludes.stream().noneMatch(glob -> glob.matches(name));
    }
}
