package io.vbaws.api;

import java.nio.file.Path;

/**
 * How the client trusts the appliance's TLS certificate. Verification is on by default (the JDK's
 * trust store and hostname check). {@code caCert} trusts a CA from a PEM file instead;
 * {@code fingerprint} pins one certificate by its SHA-256 fingerprint, like an ssh known host,
 * which is how a self-signed appliance certificate is trusted; {@code insecure} trusts anything.
 */
public record TrustSettings(Path caCert, String fingerprint, boolean insecure) {

    /** Verify against the JDK's trust store and the host name. */
    public static TrustSettings verify() {
        return new TrustSettings(null, null, false);
    }

    /** Trust only the certificate with this SHA-256 fingerprint (hex, colons optional). */
    public static TrustSettings pinned(String sha256) {
        return new TrustSettings(null, sha256, false);
    }

    /** Trust certificates issued by the CA in this PEM file. */
    public static TrustSettings ca(Path pem) {
        return new TrustSettings(pem, null, false);
    }

    /** Trust any certificate. For a lab; the CLI warns on stderr. */
    public static TrustSettings trustAll() {
        return new TrustSettings(null, null, true);
    }
}
