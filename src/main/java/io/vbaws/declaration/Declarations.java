package io.vbaws.declaration;

import java.util.List;

/**
 * What a run's scripts declare, names not yet resolved: the policies (file defaults already
 * applied) and the protect rules (file-level globs and each protected policy's own name).
 */
public record Declarations(List<PolicyDeclaration> policies, List<ProtectRule> protectRules) {

    public Declarations {
        policies = List.copyOf(policies);
        protectRules = List.copyOf(protectRules);
    }
}
