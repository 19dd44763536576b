package io.vbaws.declaration;

import java.util.List;

/**
 * What a run's scripts declare, names not yet resolved: the policies (file defaults already
 * applied), the protect rules (file-level globs and each protected policy's own name), and the
 * warnings the scripts drew, which do not fail the run.
 */
public record Declarations(List<PolicyDeclaration> policies, List<ProtectRule> protectRules, List<ScriptError> warnings) {

    public Declarations {
        policies = List.copyOf(policies);
        protectRules = List.copyOf(protectRules);
        warnings = List.copyOf(warnings);
    }

    /** Declarations that drew no warning. */
    public Declarations(List<PolicyDeclaration> policies, List<ProtectRule> protectRules) {
        this(policies, protectRules, List.of());
    }

    /** These declarations with {@code more} warnings. */
    public Declarations withWarnings(List<ScriptError> more) {
        List<ScriptError> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Declarations(policies, protectRules, all);
    }
}
