package io.vbaws.api;

/** Supplies the one-time code when the appliance answers the password grant with an MFA challenge. */
@FunctionalInterface
public interface MfaCodeSource {

    /** The current code for {@code username}, e.g. read from a prompt or an authenticator. */
    String codeFor(String username);

    /** No source: an MFA challenge becomes an error that says how to supply a code. */
    MfaCodeSource NONE = username -> null;
}
