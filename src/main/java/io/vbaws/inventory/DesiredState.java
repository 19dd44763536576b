package io.vbaws.inventory;

import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ScriptError;
import java.util.List;

/**
 * Everything a run's scripts declare, resolved: the policies, the protect rules, and the warnings
 * that still stand once the appliance has answered what the scripts name.
 */
public record DesiredState(List<ResolvedPolicy> policies, List<ProtectRule> protectRules, List<ScriptError> warnings) {

    public DesiredState {
        policies = List.copyOf(policies);
        protectRules = List.copyOf(protectRules);
        warnings = List.copyOf(warnings);
    }

    /** A desired state without warnings. */
    public DesiredState(List<ResolvedPolicy> policies, List<ProtectRule> protectRules) {
        this(policies, protectRules, List.of());
    }
}
