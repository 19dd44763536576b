package io.vbaws.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.JsonProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The changes made to the appliance's state since its last checkpoint: one JSON line per committed
 * change, appended in one write. A change costs one append instead of rewriting the index and a
 * policy file, so concurrent writes no longer queue behind the disk. A last line without its
 * newline is an append a crash cut short; its request was never answered, so it is ignored and cut
 * off before the next append. Any other line that does not parse is damage, and is named.
 */
final class StateJournal {
    /** One committed change: what it left, and the policies it put or removed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String incarnation, long generation, String clock, long usnCounter, int nextSerial,
                 List<StoredPolicy> put, List<String> removed, List<String> order) {
    }

    /** The whole entries from an offset on, and the offset after the last of them. */
    record Read(List<Entry> entries, long end) {
    }

    private static final Set<OpenOption> APPEND = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);

    private final Path file;
    private final ObjectMapper json;

    StateJournal(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    Path file() {
        return file;
    }

    /** The entries after {@code offset}; none when there is no journal. */
    Read readFrom(long offset) {
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= offset) {
                return new Read(List.of(), offset);
            }
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - offset));
            while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) >= 0) {
                // read until full: a file that shrank meanwhile leaves a short buffer, cut below
            }
            bytes = Arrays.copyOf(buffer.array(), buffer.position());
        } catch (NoSuchFileException none) {
            return new Read(List.of(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the simulated appliance's journal " + file + ": " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            try {
                entries.add(json.readValue(bytes, start, i - start, Entry.class));
            } catch (IOException e) {
                throw new IllegalStateException("the simulated appliance's journal " + file + " is damaged at byte "
                        + (offset + start) + ": " + JsonProblem.of(e) + ". Restore the state directory from a backup; "
                        + "or, to start afresh, move " + file.getParent() + " aside (vbaws appliance reset --state "
                        + file.getParent() + " discards it)", e);
            }
            start = i + 1;
        }
        return new Read(entries, offset + start);
    }

    /**
     * Appends {@code entry} at {@code end} (what was read so far; a torn tail beyond it is cut off)
     * and answers the new end.
     */
    long append(Entry entry, long end) {
        byte[] line = serialized(entry);
        ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
        try (FileChannel channel = open()) {
            if (channel.size() > end) {
                channel.truncate(end);
            }
            long position = end;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            return position;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the appliance state to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The entry as the journal line it would be (without its newline). */
    byte[] serialized(Entry entry) {
        try {
            return json.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the appliance state to " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    private FileChannel open() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && !Files.exists(file)) {
            // Owner-only, like every other state file (they are written through owner-only temporaries).
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return FileChannel.open(file, APPEND, ownerOnly);
        }
        return FileChannel.open(file, APPEND);
    }

    /** Removes the journal (after a checkpoint has written everything in it). */
    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the simulated appliance's journal " + file + ": " + e.getMessage(), e);
        }
    }
}
