package io.vbaws.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
                return new TlsIdentity(HeldCertificate.decode(Files.readString(file, StandardCharsets.UTF_8)));
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
            Path temp = dir.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
            Files.writeString(temp, held.certificatePem() + held.privateKeyPkcs8Pem(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Not a POSIX file system: the directory's own protection has to do.
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new TlsIdentity(held);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load or create the TLS certificate in " + dir + ": " + e.getMessage(), e);
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
