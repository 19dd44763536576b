package io.vbaws.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 fingerprint of a certificate, as {@code openssl x509 -fingerprint -sha256} prints
 * it (colon-separated upper-case hex). Parsing accepts any case, with or without colons, spaces
 * or a {@code SHA256:} prefix, so a user can paste whatever their tool printed.
 */
public record CertificateFingerprint(String hex) {

    public CertificateFingerprint {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a SHA-256 fingerprint is 64 hex digits (colons optional)");
        }
    }

    /** Reads a fingerprint as a user pasted it. */
    public static CertificateFingerprint parse(String text) {
        String t = text.trim();
        if (t.regionMatches(true, 0, "SHA256:", 0, 7) || t.regionMatches(true, 0, "SHA-256:", 0, 8)) {
            t = t.substring(t.indexOf(':') + 1);
        }
        t = t.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return new CertificateFingerprint(t);
    }

    /** The fingerprint of this certificate. */
    public static CertificateFingerprint of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new CertificateFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
