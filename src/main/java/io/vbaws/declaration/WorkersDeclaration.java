package io.vbaws.declaration;

/** {@code workers production: true, role: "worker-role", accountName: "..."}; a null field is one not set. */
public record WorkersDeclaration(Boolean production, NameRef role, String accountName) {
}
