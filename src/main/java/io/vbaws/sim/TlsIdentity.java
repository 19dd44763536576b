package io.vbaws.sim;

import io.vbaws.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The appliance's self-signed certificate, kept in {@code tls/appliance.pem} of the state directory
 * (certificate and private key, readable by the owner only), so its fingerprint stays the same
 * across restarts and resets and a client can pin it.
 */
final class TlsIdentity {
    static final String FILE = "appliance.pem";

    private final HeldCertificate held;

    private TlsIdentity(HeldCertificate held) {
        this.held = held;
    }

    /** The identity stored in {@code dir}, created there the first time. */
    static TlsIdentity loadOrCreate(Path dir, String bind) {
        Path file = dir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return new TlsIdentity(decode(file));
            }
            Files.createDirectories(dir);
            HeldCertificate.Builder builder = new HeldCertificate.Builder()
                    .commonName("vbaws simulated appliance")
                    .organizationalUnit("vbaws")
                    .addSubjectAlternativeName("localhost")
                    .addSubjectAlternativeName("127.0.0.1")
                    .addSubjectAlternativeName("::1")
                    .duration(3650, TimeUnit.DAYS);
            if (bind != null && !bind.isBlank() && !bind.equals("0.0.0.0") && !bind.equals("::") && !bind.equals("localhost")
                    && !bind.equals("127.0.0.1") && !bind.equals("::1")) {
                builder.addSubjectAlternativeName(bind);
            }
            HeldCertificate held = builder.build();
            // AtomicFile's temporary file is readable by its owner only, and so the key stays.
            AtomicFile.write(file, held.certificatePem() + held.privateKeyPkcs8Pem(), "the TLS identity");
            return new TlsIdentity(held);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the TLS certificate in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static HeldCertificate decode(Path file) throws IOException {
        try {
            return HeldCertificate.decode(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the simulated appliance's TLS identity " + file + " is unreadable (not a "
                    + "certificate and key in PEM); move it aside and a new one is made (clients then see a new "
                    + "fingerprint)", e);
        }
    }

    SSLContext sslContext() {
        return new HandshakeCertificates.Builder().heldCertificate(held).build().sslContext();
    }

    /** SHA-256 of the certificate, as colon-separated upper-case hex. */
    String fingerprint() {
        return fingerprint(held.certificate());
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint the certificate", e);
        }
    }
}
