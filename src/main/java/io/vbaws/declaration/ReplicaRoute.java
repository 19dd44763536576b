package io.vbaws.declaration;

/**
 * {@code replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr", onlyEncrypted: true}:
 * one snapshot replica mapping. {@code key} and {@code onlyEncrypted} are null when not given.
 */
public record ReplicaRoute(NameRef from, NameRef to, NameRef role, NameRef key, Boolean onlyEncrypted, SourceRef at) {
}
