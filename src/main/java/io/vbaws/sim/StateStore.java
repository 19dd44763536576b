package io.vbaws.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vbaws.api.model.ApiJson;
import io.vbaws.api.model.JsonProblem;
import io.vbaws.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    /** The index is rewritten on every change and lists every policy: written compact, it costs less. */
    private final ObjectMapper compact = ApiJson.newMapper();
    private final ReentrantLock local = new ReentrantLock();
    private final Queue<Pending<?>> queued = new ConcurrentLinkedQueue<>();
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
            refuseOrphans();
            ApplianceState fresh = initial.get();
            writeAll(fresh);
            return current;
        });
    }

    /** A missing index with policy files beside it is damage, not a fresh start: starting afresh would bury them. */
    private void refuseOrphans() {
        List<String> orphans = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(policiesDir, "*.json")) {
            files.forEach(f -> orphans.add(f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + policiesDir + ": " + e.getMessage(), e);
        }
        if (!orphans.isEmpty()) {
            Collections.sort(orphans);
            throw new IllegalStateException("the simulated appliance's index " + indexFile + " is missing, but "
                    + orphans.size() + (orphans.size() == 1 ? " policy file is" : " policy files are") + " in "
                    + policiesDir + " (" + String.join(", ", orphans.subList(0, Math.min(3, orphans.size())))
                    + (orphans.size() > 3 ? ", ..." : "") + "); it will not start a new state over them. Restore "
                    + "appliance.json from a backup to serve them again; or, to start afresh without them, move "
                    + policiesDir + " aside");
        }
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

    /**
     * Applies a change under the lock to the freshest state, and writes what it changed. Changes
     * that arrive while another is being written wait, and the next of them applies them all in
     * arrival order and writes once (group commit): each sees the state the ones before it made, as
     * if they ran one by one, but concurrent creates do not each pay for writing the index.
     */
    <T> T change(Function<ApplianceState, Change<T>> change) {
        Pending<T> mine = new Pending<>(change);
        queued.add(mine);
        local.lock();
        try {
            if (!mine.done) {
                applyQueued();
            }
        } finally {
            local.unlock();
        }
        return mine.outcome();
    }

    private void applyQueued() {
        List<Pending<?>> batch = new ArrayList<>();
        for (Pending<?> next = queued.poll(); next != null; next = queued.poll()) {
            batch.add(next);
        }
        try {
            locked(() -> {
                ApplianceState before = Objects.equals(stamp, stampOf()) && current != null ? current : load(current);
                ApplianceState state = before;
                for (Pending<?> pending : batch) {
                    state = pending.apply(state);
                }
                if (state != before) {
                    write(before, state);
                }
                return null;
            });
        } catch (RuntimeException failed) {
            // Nothing of the batch was committed (the index is written last), so none of it happened.
            batch.forEach(pending -> pending.failed(failed));
        } catch (Error error) {
            batch.forEach(pending -> pending.failed(new IllegalStateException("the simulated appliance failed: " + error, error)));
            throw error;
        } finally {
            batch.forEach(Pending::finish);
        }
    }

    /** A change waiting for its turn, then its result or failure. Guarded by {@code local}. */
    private static final class Pending<T> {
        private final Function<ApplianceState, Change<T>> change;
        private boolean done;
        private T result;
        private RuntimeException failure;

        Pending(Function<ApplianceState, Change<T>> change) {
            this.change = change;
        }

        /** Applies the change to {@code state}; a change that throws leaves the state as it was. */
        ApplianceState apply(ApplianceState state) {
            try {
                Change<T> outcome = change.apply(state);
                result = outcome.result();
                return outcome.state();
            } catch (RuntimeException e) {
                failure = e;
                return state;
            }
        }

        void failed(RuntimeException e) {
            failure = e;
            result = null;
        }

        void finish() {
            done = true;
        }

        T outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    /** Runs {@code work} holding the state lock (and this store's own lock). */
    <T> T locked(Supplier<T> work) {
        local.lock();
        try {
            createDirectory(dir);
            try (StateLock.Held held = lock.acquire()) {
                return work.get();
            }
        } finally {
            local.unlock();
        }
    }

    private void createDirectories() {
        createDirectory(policiesDir);
    }

    private void createDirectory(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + path + ": " + e.getMessage(), e);
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
            throw unreadable(indexFile, e);
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
        Path file = policyFile(id);
        try {
            return json.readValue(file.toFile(), StoredPolicy.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException gone) {
            throw new IllegalStateException("the simulated appliance's index " + indexFile + " lists policy " + id
                    + " but its file " + file + " is missing; restore it from a backup (the other policies are intact)");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** One line naming the broken file and what is wrong with it; the remedy that keeps the state comes first. */
    private IllegalStateException unreadable(Path file, IOException e) {
        return new IllegalStateException("the simulated appliance's state file " + file + " is unreadable: "
                + JsonProblem.of(e) + ". Restore it from a backup; or, to start afresh, move " + dir
                + " aside (vbaws appliance reset --state " + dir + " discards it)", e);
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
        writeAtomically(indexFile, compact, new Index(FORMAT, state.seed(), state.estate(), state.createdAt().toString(),
                state.incarnation(), state.clock().toString(), state.usnCounter(), state.nextSerial(), state.generation(), entries));
        current = state;
        stamp = stampOf();
    }

    private void writeAtomically(Path target, Object value) {
        writeAtomically(target, json, value);
    }

    private void writeAtomically(Path target, ObjectMapper mapper, Object value) {
        try {
            AtomicFile.write(target, mapper.writeValueAsBytes(value), "the appliance state");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the appliance state to " + target + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
