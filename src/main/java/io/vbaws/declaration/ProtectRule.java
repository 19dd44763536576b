package io.vbaws.declaration;

/**
 * A policy name or glob ({@code legacy-*}) that {@code --prune} must never delete, with where the
 * scripts declared it: a file-level {@code protect "glob"} or a policy's {@code protect true}.
 */
public record ProtectRule(String pattern, SourceRef declaredAt) {
}
