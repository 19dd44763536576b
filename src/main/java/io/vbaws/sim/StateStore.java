package io.vbaws.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vbaws.api.model.ApiJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The appliance's state on disk: {@code appliance.json} (seed, estate size, clock, counters and the
 * policies in priority order, each with its usn) and one {@code policies/ID.json} per policy. Every
 * file is written to a temporary file and moved into place atomically; the index is written last,
 * so it is the commit point. A change takes the {@link StateLock}, re-reads what other processes
 * wrote, applies itself and writes only the policies it changed. Reads notice another process's
 * writes by the index file's identity, time and size, and reload then.
 */
final class StateStore {
    static final int FORMAT = 1;

    /** The index file as stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Index(int format, long seed, EstateSize estate, String createdAt, String incarnation, String clock, long usnCounter,
                 int nextSerial,
                 long generation, List<Entry> policies) {
    }

    /** One policy of the index, in priority order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, long usn) {
    }

    /** The outcome of a change: the new state (the same object when nothing changed) and a result. */
    record Change<T>(ApplianceState state, T result) {
    }

    private record Stamp(Object fileKey, FileTime modified, long size) {
    }

    private final Path dir;
    private final Path indexFile;
    private final Path policiesDir;
    private final StateLock lock;
    private final ObjectMapper json = ApiJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ReentrantLock local = new ReentrantLock();
    private long tempCounter;
    private volatile ApplianceState current;
    private volatile Stamp stamp;

    StateStore(Path dir, Duration lockTimeout) {
        this.dir = dir;
        this.indexFile = dir.resolve("appliance.json");
        this.policiesDir = dir.resolve("policies");
        this.lock = new StateLock(dir.resolve("lock"), lockTimeout);
    }

    /** Whether a state has been written here. */
    boolean exists() {
        return Files.exists(indexFile);
    }

    /**
     * Loads the state, or creates it from {@code initial} when there is none; {@code check} sees a
     * loaded state first and may refuse it (for example, a different estate than asked for).
     */
    ApplianceState open(Supplier<ApplianceState> initial, java.util.function.Consumer<ApplianceState> check) {
        return locked(() -> {
            createDirectories();
            if (Files.exists(indexFile)) {
                ApplianceState loaded = load(null);
                check.accept(loaded);
                return loaded;
            }
            ApplianceState fresh = initial.get();
            writeAll(fresh);
            return current;
        });
    }

    /** Throws the state away and writes {@code fresh} in its place. */
    ApplianceState reset(Supplier<ApplianceState> fresh) {
        return locked(() -> {
            createDirectories();
            ApplianceState state = fresh.get();
            if (Files.exists(policiesDir)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(policiesDir, "*.json")) {
                    for (Path file : files) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            writeAll(state);
            return current;
        });
    }

    /** The state as it is now, re-read if another process changed it. */
    ApplianceState current() {
        ApplianceState state = current;
        if (state != null && Objects.equals(stamp, stampOf())) {
            return state;
        }
        return locked(() -> load(current));
    }

    /** Applies a change under the lock to the freshest state, and writes what it changed. */
    <T> T change(Function<ApplianceState, Change<T>> change) {
        return locked(() -> {
            ApplianceState before = Objects.equals(stamp, stampOf()) && current != null ? current : load(current);
            Change<T> result = change.apply(before);
            if (result.state() != before) {
                write(before, result.state());
            }
            return result.result();
        });
    }

    /** Runs {@code work} holding the state lock (and this store's own lock). */
    <T> T locked(Supplier<T> work) {
        local.lock();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            local.unlock();
            throw new UncheckedIOException("cannot create the state directory " + dir + ": " + e.getMessage(), e);
        }
        StateLock.Held held = null;
        try {
            held = lock.acquire();
            return work.get();
        } finally {
            try {
                if (held != null) {
                    held.close();
                }
            } finally {
                local.unlock();
            }
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(policiesDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private Stamp stampOf() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(indexFile, BasicFileAttributes.class);
            return new Stamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApplianceState load(ApplianceState previous) {
        Stamp loadedStamp = stampOf();
        Index index;
        try {
            index = json.readValue(indexFile.toFile(), Index.class);
        } catch (NoSuchFileException gone) {
            throw new IllegalStateException("the appliance state in " + dir + " was removed; start it again");
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (index.format() != FORMAT) {
            throw new IllegalStateException("the appliance state in " + dir + " has format " + index.format()
                    + ", this vbaws reads format " + FORMAT + "; reset it with: vbaws appliance reset --state " + dir);
        }
        Map<String, StoredPolicy> known = new HashMap<>();
        if (previous != null && previous.incarnation().equals(index.incarnation())) {
            previous.policies().forEach(p -> known.put(p.id(), p));
        }
        List<StoredPolicy> policies = new ArrayList<>();
        long usnCounter = index.usnCounter();
        for (Entry entry : index.policies()) {
            StoredPolicy policy = known.get(entry.id());
            if (policy == null || policy.usn() != entry.usn()) {
                policy = readPolicy(entry.id());
            }
            usnCounter = Math.max(usnCounter, policy.usn());
            policies.add(policy);
        }
        ApplianceState state = new ApplianceState(index.seed(), index.estate(), Instant.parse(index.createdAt()),
                index.incarnation(), Instant.parse(index.clock()), usnCounter, index.nextSerial(), policies, index.generation());
        current = state;
        stamp = loadedStamp;
        return state;
    }

    private StoredPolicy readPolicy(String id) {
        try {
            return json.readValue(policyFile(id).toFile(), StoredPolicy.class);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private IllegalStateException unreadable(IOException e) {
        return new IllegalStateException("the appliance state in " + dir + " is unreadable (" + e.getMessage()
                + "); reset it with: vbaws appliance reset --state " + dir, e);
    }

    private Path policyFile(String id) {
        return policiesDir.resolve(id + ".json");
    }

    private void writeAll(ApplianceState state) {
        for (StoredPolicy policy : state.policies()) {
            writeAtomically(policyFile(policy.id()), policy);
        }
        writeIndex(state.withGeneration(state.generation() + 1));
    }

    private void write(ApplianceState before, ApplianceState after) {
        Set<String> kept = new HashSet<>();
        // Unchanged policies are the very same objects; compare identities, not contents (there may be 1,000).
        Set<StoredPolicy> unchanged = Collections.newSetFromMap(new IdentityHashMap<>());
        unchanged.addAll(before.policies());
        for (StoredPolicy policy : after.policies()) {
            kept.add(policy.id());
            if (!unchanged.contains(policy)) {
                writeAtomically(policyFile(policy.id()), policy);
            }
        }
        writeIndex(after.withGeneration(before.generation() + 1));
        for (StoredPolicy policy : before.policies()) {
            if (!kept.contains(policy.id())) {
                try {
                    Files.deleteIfExists(policyFile(policy.id()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void writeIndex(ApplianceState state) {
        List<Entry> entries = state.policies().stream().map(p -> new Entry(p.id(), p.usn())).toList();
        writeAtomically(indexFile, new Index(FORMAT, state.seed(), state.estate(), state.createdAt().toString(),
                state.incarnation(), state.clock().toString(), state.usnCounter(), state.nextSerial(), state.generation(), entries));
        current = state;
        stamp = stampOf();
    }

    private void writeAtomically(Path target, Object value) {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + (++tempCounter));
        try {
            Files.write(temp, json.writeValueAsBytes(value));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
