package io.vbaws.plan;

import io.vbaws.declaration.ProtectRule;
import java.util.Objects;

/** A live policy {@code --prune} would delete but leaves alone, because a protect rule names it. */
public record ProtectedPolicy(String policy, ProtectRule rule) {

    public ProtectedPolicy {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(rule, "rule");
    }
}
