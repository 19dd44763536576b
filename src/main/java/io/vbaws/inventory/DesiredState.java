package io.vbaws.inventory;

import io.vbaws.declaration.ProtectRule;
import java.util.List;

/** Everything a run's scripts declare, resolved: the policies and the protect rules. */
public record DesiredState(List<ResolvedPolicy> policies, List<ProtectRule> protectRules) {

    public DesiredState {
        policies = List.copyOf(policies);
        protectRules = List.copyOf(protectRules);
    }
}
