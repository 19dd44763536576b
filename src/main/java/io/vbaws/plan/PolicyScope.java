package io.vbaws.plan;

import io.vbaws.text.NameGlob;
import io.vbaws.text.NameSuggestions;

import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * A problem for each --target and --exclude that matches none of {@code names} (every policy
     * declared or live): a mistyped name would otherwise narrow the run to nothing, silently.
     */
    public List<String> unmatched(Collection<String> names) {
        List<String> problems = new ArrayList<>();
        unmatched("--target", targets, names, problems);
        unmatched("--exclude", excludes, names, problems);
        return problems;
    }

    private static void unmatched(String option, List<NameGlob> globs, Collection<String> names, List<String> problems) {
        for (NameGlob glob : globs) {
            if (names.stream().noneMatch(glob::matches)) {
                List<String> closest = new NameSuggestions(3).closest(glob.pattern(), names);
                problems.add(option + " " + glob.pattern() + " matches no policy, declared or on the appliance"
                        + (closest.isEmpty() ? "" : "; did you mean " + String.join(" or ", closest.stream()
                                .map(name -> "\"" + name + "\"").toList()) + "?"));
            }
        }
    }
}
