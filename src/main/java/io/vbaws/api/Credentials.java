package io.vbaws.api;

import java.util.Objects;

/**
 * A user name and password for the password grant, and where an MFA code comes from when the
 * appliance asks for one. Prints without the password.
 */
public record Credentials(String username, Secret password, MfaCodeSource mfaCodes) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (mfaCodes == null) {
            mfaCodes = MfaCodeSource.NONE;
        }
    }

    /** Credentials without an MFA code source: an MFA challenge fails with a clear message. */
    public static Credentials of(String username, String password) {
        return new Credentials(username, Secret.of(password), MfaCodeSource.NONE);
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=<redacted>]";
    }
}
