package io.vbaws.dsl;

import io.vbaws.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals cache entries with an HMAC-SHA256 under a random key kept in one file (owner-only, 0600),
 * so that only this vbaws home can write an entry it will later trust: an entry copied from
 * elsewhere, planted or edited fails {@link #opens}. The key is made on the first seal; until then
 * nothing opens.
 */
final class CacheSeal {

    static final int MAC_BYTES = 32;
    private static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final Path keyFile;
    private byte[] key;

    CacheSeal(Path keyFile) {
        this.keyFile = keyFile;
        this.key = read(keyFile);
    }

    /** The seal of {@code body}, making the key first when there is none; null when it cannot be made. */
    synchronized byte[] seal(byte[] body) {
        if (key == null) {
            key = create(keyFile);
        }
        return key == null ? null : mac(key, body);
    }

    /** Whether {@code seal} is this home's seal of {@code body}. */
    synchronized boolean opens(byte[] body, byte[] seal) {
        return key != null && seal != null && MessageDigest.isEqual(mac(key, body), seal);
    }

    private static byte[] mac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The key in {@code file}, or null when there is none usable (missing, unreadable, wrong size). */
    private static byte[] read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return bytes.length == KEY_BYTES ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A new random key in {@code file}, readable by its owner only; the key another process wrote
     * first when it raced us (a key that entries are sealed with is never replaced); null when the
     * file cannot be written (the cache then stays empty).
     */
    private static byte[] create(Path file) {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try {
            return AtomicFile.create(file, fresh, "the script cache's key") ? fresh : read(file);
        } catch (UncheckedIOException e) {
            return null;
        }
    }
}
