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
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    /** An entry no run has used for this long is dropped: every edit of a file leaves one behind. */
    static final Duration UNUSED_FOR = Duration.ofDays(30);
    /** How often a run looks for entries to drop. */
    static final Duration TRIM_EVERY = Duration.ofDays(1);
    /** At most this many entries are kept, the least recently used dropped first. */
    static final int MAX_ENTRIES = 20_000;

    private final Path dir;
    private final String build;
    private final int maxEntries;
    private final CacheSeal seal;
    private final FileDeclarationsJson json = new FileDeclarationsJson();

    /**
     * A cache in {@code dir}, its entries sealed with the key in {@code keyFile} (made on the first
     * store), for the build {@code vbawsVersion} names (a version and, for development builds, when
     * it was built).
     */
    public DiskScriptCache(Path dir, Path keyFile, String vbawsVersion) {
        this(dir, keyFile, vbawsVersion, MAX_ENTRIES);
    }

    DiskScriptCache(Path dir, Path keyFile, String vbawsVersion, int maxEntries) {
        this.maxEntries = maxEntries;
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
            touch(entry);
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

    @Override
    public void trim() {
        // Listing a large cache costs a run more than it saves, so once a day is enough.
        Path marker = dir.resolveSibling(dir.getFileName() + ".trimmed");
        try {
            if (Files.exists(marker) && Files.getLastModifiedTime(marker).toInstant().isAfter(Instant.now().minus(TRIM_EVERY))) {
                return;
            }
            Files.createDirectories(dir);
            Files.write(marker, new byte[0]);
        } catch (IOException | RuntimeException e) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(dir)) {
            entries = listed.filter(p -> p.getFileName().toString().endsWith(".entry")).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        Map<Path, FileTime> used = new HashMap<>();
        for (Path entry : entries) {
            try {
                used.put(entry, Files.getLastModifiedTime(entry));
            } catch (IOException e) {
                // Gone already (another run trimmed it).
            }
        }
        FileTime cutoff = FileTime.from(Instant.now().minus(UNUSED_FOR));
        List<Path> oldestFirst = used.keySet().stream().sorted(Comparator.comparing(used::get)).toList();
        int excess = oldestFirst.size() - maxEntries;
        for (Path entry : oldestFirst) {
            if (excess > 0 || used.get(entry).compareTo(cutoff) < 0) {
                excess--;
                deleteQuietly(entry);
            }
        }
    }

    /** A hit marks its entry as used now, so trimming keeps what runs still read. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // A read-only cache still serves; it is only trimmed sooner.
        }
    }

    private static void deleteQuietly(Path entry) {
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            // The next run tries again.
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
