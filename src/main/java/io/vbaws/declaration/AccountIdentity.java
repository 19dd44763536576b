package io.vbaws.declaration;

import java.util.Objects;

/** {@code account "backup-prod"}: the policy runs as this IAM role of a standalone AWS account. */
public record AccountIdentity(NameRef role) implements IdentityDeclaration {

    public AccountIdentity {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public SourceRef at() {
        return role.at();
    }
}
