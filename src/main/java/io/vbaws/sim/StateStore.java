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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * The appliance's state on disk: a checkpoint, {@code appliance.json} (seed, estate size, clock,
 * counters and the policies in priority order, each with its usn) with one {@code policies/ID.json}
 * per policy, and the {@link StateJournal} of the changes made since. A change takes the
 * {@link StateLock}, catches up with what other processes wrote, applies itself and appends one
 * journal entry: its commit point. A checkpoint folds the journal into the files (each written to a
 * temporary file and moved into place, the index last) when the journal grows long, when a store
 * opens a state that has one, and when the appliance stops. Reads notice another process's writes
 * by the identity, time and size of the index and the journal: a journal that only grew is read
 * from where this store left off; anything else reloads.
 */
final class StateStore {
    /** Format 2 has a journal beside the index; format 1 (no journal) is read, and becomes 2 at the next checkpoint. */
    static final int FORMAT = 2;
    /** Journal entries after which a change also writes a checkpoint: a long journal slows every process that opens the state. */
    static final int CHECKPOINT_AFTER = 500;

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

    private record Stamp(FileStamp index, FileStamp journal) {
    }

    private record FileStamp(Object fileKey, FileTime modified, long size) {
    }

    private final Path dir;
    private final Path indexFile;
    private final Path policiesDir;
    private final StateLock lock;
    private final StateJournal journal;
    private final ObjectMapper json = ApiJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The index is rewritten on every change and lists every policy: written compact, it costs less. */
    private final ObjectMapper compact = ApiJson.newMapper();
    private final ReentrantLock local = new ReentrantLock();
    private final Queue<Pending<?>> queued = new ConcurrentLinkedQueue<>();
    private volatile ApplianceState current;
    private volatile Stamp stamp;
    // Guarded by the state lock: where this store's reading of the journal ended, how many entries it
    // holds, and the usn of each policy as its file has it (what a checkpoint need not write again).
    private long journalEnd;
    private int journalEntries;
    private Map<String, Long> checkpointed = Map.of();
    private int indexFormat = FORMAT;

    StateStore(Path dir, Duration lockTimeout) {
        this.dir = dir;
        this.indexFile = dir.resolve("appliance.json");
        this.policiesDir = dir.resolve("policies");
        this.lock = new StateLock(dir.resolve("lock"), lockTimeout);
        this.journal = new StateJournal(dir.resolve("journal.jsonl"), compact);
    }

    /** Writes the journal entry that would put {@code sample}, in memory only (see {@link SimulatedAppliance#readyForWrites}). */
    void readyForWrites(StoredPolicy sample) {
        ApplianceState state = current;
        if (state != null) {
            ApplianceState none = state.withPolicies(List.of(), state.usnCounter(), state.nextSerial());
            journal.serialized(entryFor(none, none.withPolicies(List.of(sample), state.usnCounter(), state.nextSerial())));
        }
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
                // A format 1 index is rewritten before anything is journalled: a vbaws that reads only
                // format 1 would not see the journal, and must refuse the state rather than miss changes.
                if (journalEntries > 0 || journalEnd > 0 || indexFormat < FORMAT) {
                    checkpoint();
                }
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
        boolean journalled = Files.exists(journal.file());
        if (orphans.isEmpty() && !journalled) {
            return;
        }
        Collections.sort(orphans);
        String policies = orphans.isEmpty() ? "" : orphans.size() + (orphans.size() == 1 ? " policy file is" : " policy files are")
                + " in " + policiesDir + " (" + String.join(", ", orphans.subList(0, Math.min(3, orphans.size())))
                + (orphans.size() > 3 ? ", ..." : "") + ")";
        String journalText = journalled ? "its journal " + journal.file() + " is there" : "";
        throw new IllegalStateException("the simulated appliance's index " + indexFile + " is missing, but "
                + policies + (!policies.isEmpty() && journalled ? ", and " : "") + journalText
                + "; it will not start a new state over them. Restore appliance.json from a backup to serve them again; "
                + "or, to start afresh without them, move " + (orphans.isEmpty() ? "" : policiesDir.toString())
                + (!orphans.isEmpty() && journalled ? " and " : "") + (journalled ? journal.file().toString() : "") + " aside");
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
            journal.delete();
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
        return locked(this::caughtUp);
    }

    /**
     * Folds the journal into the state files, if it has anything; for a stopping appliance, so the
     * next process to open the state reads files, not a journal. Waits for the lock as a change does.
     */
    void checkpointNow() {
        locked(() -> {
            ApplianceState state = caughtUp();
            if (journalEntries > 0 && state != null) {
                checkpoint();
            }
            return null;
        });
    }

    /** Under the lock: the state with everything other processes wrote since this store last looked. */
    private ApplianceState caughtUp() {
        Stamp now = stampOf();
        if (current != null && Objects.equals(stamp, now)) {
            return current;
        }
        if (current != null && stamp != null && now != null && Objects.equals(stamp.index(), now.index())
                && now.journal() != null && (stamp.journal() == null || Objects.equals(stamp.journal().fileKey(), now.journal().fileKey()))
                && now.journal().size() >= journalEnd) {
            StateJournal.Read tail = journal.readFrom(journalEnd);
            ApplianceState state = current;
            for (StateJournal.Entry entry : tail.entries()) {
                state = replayed(state, entry);
            }
            journalEnd = tail.end();
            journalEntries += tail.entries().size();
            current = state;
            stamp = now;
            return state;
        }
        return load(current);
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
                ApplianceState before = caughtUp();
                ApplianceState state = before;
                for (Pending<?> pending : batch) {
                    state = pending.apply(state);
                }
                if (state != before) {
                    commit(before, state);
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
        if (Files.isDirectory(path)) {
            // Every change passes here: createDirectories on a directory that exists throws and catches an exception.
            return;
        }
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + path + ": " + e.getMessage(), e);
        }
    }

    private Stamp stampOf() {
        FileStamp index = fileStamp(indexFile);
        return index == null ? null : new Stamp(index, fileStamp(journal.file()));
    }

    private static FileStamp fileStamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the checkpoint, then replays the journal entries that came after it. */
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
        if (index.format() < 1 || index.format() > FORMAT) {
            throw new IllegalStateException("the appliance state in " + dir + " has format " + index.format()
                    + ", this vbaws reads formats 1 to " + FORMAT + "; reset it with: vbaws appliance reset --state " + dir);
        }
        Map<String, StoredPolicy> known = new HashMap<>();
        if (previous != null && previous.incarnation().equals(index.incarnation())) {
            previous.policies().forEach(p -> known.put(p.id(), p));
        }
        List<StoredPolicy> policies = new ArrayList<>();
        Map<String, Long> onDisk = new HashMap<>();
        long usnCounter = index.usnCounter();
        for (Entry entry : index.policies()) {
            StoredPolicy policy = known.get(entry.id());
            if (policy == null || policy.usn() != entry.usn()) {
                policy = readPolicy(entry.id());
            }
            usnCounter = Math.max(usnCounter, policy.usn());
            policies.add(policy);
            onDisk.put(policy.id(), policy.usn());
        }
        ApplianceState state = new ApplianceState(index.seed(), index.estate(), Instant.parse(index.createdAt()),
                index.incarnation(), Instant.parse(index.clock()), usnCounter, index.nextSerial(), policies, index.generation());
        StateJournal.Read read = journal.readFrom(0);
        int replayed = 0;
        for (StateJournal.Entry entry : read.entries()) {
            // Entries a checkpoint already holds (it stopped before removing the journal), or of a state since reset, are not news.
            if (entry.generation() <= state.generation() || !entry.incarnation().equals(state.incarnation())) {
                continue;
            }
            if (entry.generation() != state.generation() + 1) {
                throw new IllegalStateException("the simulated appliance's journal " + journal.file() + " skips from change "
                        + state.generation() + " to " + entry.generation() + ". Restore the state directory from a backup; "
                        + "or, to start afresh, move " + dir + " aside (vbaws appliance reset --state " + dir + " discards it)");
            }
            state = replayed(state, entry);
            replayed++;
        }
        journalEnd = read.end();
        journalEntries = replayed;
        checkpointed = onDisk;
        indexFormat = index.format();
        current = state;
        stamp = loadedStamp;
        return state;
    }

    /** {@code state} with a journal entry applied: policies put replace theirs or join at the end, removed ones go. */
    private static ApplianceState replayed(ApplianceState state, StateJournal.Entry entry) {
        Map<String, StoredPolicy> put = new LinkedHashMap<>();
        entry.put().forEach(p -> put.put(p.id(), p));
        Set<String> removed = new HashSet<>(entry.removed());
        List<StoredPolicy> policies = new ArrayList<>(state.policies().size() + put.size());
        for (StoredPolicy policy : state.policies()) {
            if (!removed.contains(policy.id())) {
                StoredPolicy replacement = put.remove(policy.id());
                policies.add(replacement != null ? replacement : policy);
            }
        }
        policies.addAll(put.values());
        if (entry.order() != null) {
            Map<String, StoredPolicy> byId = new HashMap<>();
            policies.forEach(p -> byId.put(p.id(), p));
            policies = entry.order().stream().map(byId::get).filter(Objects::nonNull).toList();
        }
        return new ApplianceState(state.seed(), state.estate(), state.createdAt(), state.incarnation(),
                Instant.parse(entry.clock()), entry.usnCounter(), entry.nextSerial(), policies, entry.generation());
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
        Map<String, Long> written = new HashMap<>();
        for (StoredPolicy policy : state.policies()) {
            writeAtomically(policyFile(policy.id()), policy);
            written.put(policy.id(), policy.usn());
        }
        writeIndex(state.withGeneration(state.generation() + 1));
        checkpointed = written;
        indexFormat = FORMAT;
        journalEnd = 0;
        journalEntries = 0;
        stamp = stampOf();
    }

    /** Appends what changed from {@code before} to {@code after} to the journal: the change's commit point. */
    private void commit(ApplianceState before, ApplianceState after) {
        ApplianceState next = after.withGeneration(before.generation() + 1);
        StateJournal.Entry entry = entryFor(before, next);
        journalEnd = journal.append(entry, journalEnd);
        journalEntries++;
        current = next;
        stamp = stampOf();
        if (journalEntries >= CHECKPOINT_AFTER) {
            try {
                checkpoint();
            } catch (RuntimeException notYet) {
                // The change is committed (the journal holds it) and must be answered as done; the
                // next change tries the checkpoint again, and a store that reloads skips what it holds.
                stamp = null;
            }
        }
    }

    /** The journal entry that turns {@code before} into {@code after}: the policies that are new objects, the IDs that went, and the order when replaying would not give it. */
    private static StateJournal.Entry entryFor(ApplianceState before, ApplianceState after) {
        // Unchanged policies are the very same objects; compare identities, not contents (there may be 1,000).
        Map<String, StoredPolicy> old = new HashMap<>();
        before.policies().forEach(p -> old.put(p.id(), p));
        List<StoredPolicy> put = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        List<String> added = new ArrayList<>();
        List<String> order = new ArrayList<>(after.policies().size());
        for (StoredPolicy policy : after.policies()) {
            kept.add(policy.id());
            order.add(policy.id());
            StoredPolicy was = old.get(policy.id());
            if (was != policy) {
                put.add(policy);
            }
            if (was == null) {
                added.add(policy.id());
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> replayedOrder = new ArrayList<>(order.size());
        for (StoredPolicy policy : before.policies()) {
            if (kept.contains(policy.id())) {
                replayedOrder.add(policy.id());
            } else {
                removed.add(policy.id());
            }
        }
        replayedOrder.addAll(added);
        return new StateJournal.Entry(after.incarnation(), after.generation(), after.clock().toString(), after.usnCounter(),
                after.nextSerial(), put, removed, replayedOrder.equals(order) ? null : order);
    }

    /**
     * Writes the state the journal has reached as files (the policies whose file is out of date,
     * then the index: the checkpoint's commit point), then removes the journal and the files of
     * policies that are gone. A crash between those steps leaves entries the index already holds;
     * a load skips them by their generation.
     */
    private void checkpoint() {
        ApplianceState state = current;
        Map<String, Long> written = new HashMap<>();
        for (StoredPolicy policy : state.policies()) {
            if (!Objects.equals(checkpointed.get(policy.id()), policy.usn())) {
                writeAtomically(policyFile(policy.id()), policy);
            }
            written.put(policy.id(), policy.usn());
        }
        writeIndex(state);
        indexFormat = FORMAT;
        journal.delete();
        for (String id : checkpointed.keySet()) {
            if (!written.containsKey(id)) {
                try {
                    Files.deleteIfExists(policyFile(id));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        checkpointed = written;
        journalEnd = 0;
        journalEntries = 0;
        stamp = stampOf();
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
