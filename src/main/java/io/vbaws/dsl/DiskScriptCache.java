package io.vbaws.dsl;

import io.vbaws.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.vbaws.files.AtomicFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The script cache in a directory ({@code $VBAWS_HOME/cache/scripts}): one entry per file name, text
 * and build, named by the SHA-256 of the three. An entry is the {@link CacheSeal} of its body on
 * the first line, then the body: the build, the file name, the SHA-256 of the text, and what the
 * file declared. An entry is trusted only when the seal opens and every one of those matches; a
 * corrupt, foreign or planted entry is a miss, and the next store replaces it. Entries are written
 * whole ({@link AtomicFile}), so a reader never sees half of one.
 */
public final class DiskScriptCache implements ScriptCache {

    /** The version of the policy language; part of every key, so a language change misses every entry. */
    static final String LANGUAGE_VERSION = "1";
    private static final int FORMAT = 1;
    private static final HexFormat HEX = HexFormat.of();

    private final Path dir;
    private final String build;
    private final CacheSeal seal;
    private final FileDeclarationsJson json = new FileDeclarationsJson();

    /**
     * A cache in {@code dir}, its entries sealed with the key in {@code keyFile} (made on the first
     * store), for the build {@code vbawsVersion} names (a version and, for development builds, when
     * it was built).
     */
    public DiskScriptCache(Path dir, Path keyFile, String vbawsVersion) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.build = "vbaws " + Objects.requireNonNull(vbawsVersion, "vbawsVersion") + ", language " + LANGUAGE_VERSION;
        this.seal = new CacheSeal(keyFile);
    }

    @Override
    public Optional<FileDeclarations> find(ScriptSource source) {
        Path entry = entryOf(source);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (IOException e) {
            return Optional.empty();
        }
        int newline = indexOf(bytes, (byte) '\n');
        if (newline != CacheSeal.MAC_BYTES * 2) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        try {
            byte[] mac = HEX.parseHex(new String(bytes, 0, newline, StandardCharsets.US_ASCII));
            if (!seal.opens(body, mac)) {
                return Optional.empty();
            }
            FileDeclarationsJson.Entry read = json.readEntry(body);
            if (read.format() != FORMAT || !build.equals(read.build()) || !source.name().equals(read.file())
                    || !sha256(source.text()).equals(read.source()) || read.declarations() == null) {
                return Optional.empty();
            }
            return Optional.of(read.declarations());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public void store(ScriptSource source, FileDeclarations declarations) {
        try {
            byte[] bodyBytes = json.writeEntry(new FileDeclarationsJson.Entry(FORMAT, build, source.name(), sha256(source.text()),
                    declarations));
            byte[] mac = seal.seal(bodyBytes);
            if (mac == null) {
                return;
            }
            byte[] sealLine = (HEX.formatHex(mac) + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] entry = Arrays.copyOf(sealLine, sealLine.length + bodyBytes.length);
            System.arraycopy(bodyBytes, 0, entry, sealLine.length, bodyBytes.length);
            AtomicFile.write(entryOf(source), entry, "a script cache entry");
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written (read-only home, full disk) costs time, never a run.
        }
    }

    /** Where the entry of {@code source} is: named by the build, the file name and the text. */
    Path entryOf(ScriptSource source) {
        return dir.resolve(sha256(build + '\0' + source.name() + '\0' + source.text()) + ".entry");
    }

    private static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
