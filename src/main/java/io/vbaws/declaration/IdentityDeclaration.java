package io.vbaws.declaration;

/** Whose resources a policy protects: an IAM role of a standalone account, or an organization. */
public sealed interface IdentityDeclaration permits AccountIdentity, OrganizationIdentity {

    /** Where the identity was declared. */
    SourceRef at();
}
