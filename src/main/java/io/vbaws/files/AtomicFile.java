package io.vbaws.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside it, which is then
 * renamed over it in one atomic step (or, for {@link #create}, linked to its name only if none is
 * there). A reader never sees half a file, a crash leaves the old one, and a failure leaves no
 * temporary file. There is no non-atomic fallback: a file system that cannot rename atomically
 * gets an error, not a file that may be torn. Temporary files are readable by their owner only.
 */
public final class AtomicFile {
    /** What {@link Files#createTempFile} gives a file on a POSIX file system. */
    private static final Set<PosixFilePermission> TEMPORARY = Set.copyOf(PosixFilePermissions.fromString("rw-------"));

    private AtomicFile() {
    }

    /** Writes {@code text} (UTF-8) to {@code file}; {@code what} names it in an error ("the export"). */
    public static void write(Path file, String text, String what) {
        write(file, text.getBytes(StandardCharsets.UTF_8), what);
    }

    /** Writes {@code bytes} to {@code file}, replacing what was there in one step. */
    public static void write(Path file, byte[] bytes, String what) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = temporary(target, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null; // moved: nothing left to discard
        } catch (IOException e) {
            throw failed(what, file, e);
        } finally {
            discard(temp);
        }
    }

    /**
     * Creates {@code file} with {@code bytes} unless it exists, in one step (a hard link to a
     * finished temporary file): false when another writer's file was there first.
     */
    public static boolean create(Path file, byte[] bytes, String what) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = temporary(target, bytes);
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            throw failed(what, file, e);
        } finally {
            discard(temp);
        }
    }

    private static Path temporary(Path target, byte[] bytes) throws IOException {
        if (!Files.isDirectory(target.getParent())) {
            Files.createDirectories(target.getParent());
        }
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        keepPermissions(target, temp);
        Files.write(temp, bytes);
        return temp;
    }

    /**
     * A file that is replaced keeps its permissions (an export the team reads stays readable); a new
     * one stays owner-only, as the temporary file was made.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> kept;
        try {
            kept = Files.getPosixFilePermissions(target);
        } catch (NoSuchFileException none) {
            return;
        }
        if (!kept.equals(TEMPORARY)) {
            Files.setPosixFilePermissions(temp, kept);
        }
    }

    private static void discard(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The file is written (or the write failed and that is what the user needs to hear).
        }
    }

    private static UncheckedIOException failed(String what, Path file, Exception e) {
        IOException io = e instanceof IOException i ? i : new IOException(e.getMessage(), e);
        return new UncheckedIOException("cannot write " + what + " to " + file + ": " + e.getMessage(), io);
    }
}
