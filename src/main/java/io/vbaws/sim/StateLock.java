package io.vbaws.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps two writers (processes, or appliances in one JVM) off one state directory at once: a lock
 * file created exclusively, holding the owner's pid. A second writer waits up to the timeout, then
 * fails naming the holder; a lock left by a process that no longer runs is taken over.
 *
 * <p>Not a {@code FileChannel} lock: within one JVM, closing any channel of a file drops every lock
 * the JVM holds on it, and tests run several appliances in one JVM.
 */
final class StateLock {
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration PIDLESS = Duration.ofMillis(100);

    private final Path file;
    private final Duration timeout;
    private final SecureRandom random = new SecureRandom();

    StateLock(Path file, Duration timeout) {
        this.file = file;
        this.timeout = timeout;
    }

    /** The lock, held until the returned handle is closed. */
    Held acquire() {
        String token = HexFormat.of().toHexDigits(random.nextLong());
        long pid = ProcessHandle.current().pid();
        byte[] content = ("pid=" + pid + "\nsince=" + Instant.now() + "\ntoken=" + token + "\n").getBytes(StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + timeout.toNanos();
        long pidlessSince = 0;
        while (true) {
            if (create(content)) {
                return new Held(token);
            }
            String holder = read();
            if (holder != null && pidOf(holder).isEmpty()) {
                // A lock is written right after it is created: without a pid for longer than that, it is not a vbaws lock.
                long now = System.nanoTime();
                pidlessSince = pidlessSince == 0 ? now : pidlessSince;
                if (now - pidlessSince > PIDLESS.toNanos() || now > deadline) {
                    throw new StateBusyException("the simulated appliance's lock file " + file + " is not a vbaws lock "
                            + "(no pid in it); if no simulated appliance uses " + file.getParent() + ", delete " + file);
                }
                sleep(Duration.ofMillis(1));
                continue;
            }
            pidlessSince = 0;
            if (holder != null && !alive(holder)) {
                takeOverStale(holder);
                continue;
            }
            if (System.nanoTime() > deadline) {
                throw new StateBusyException("the simulated appliance state in " + file.getParent() + " is in use by "
                        + describe(holder) + "; waited " + timeout.toMillis() + " ms (if no such process runs, delete "
                        + file + ")");
            }
            sleep(POLL);
        }
    }

    /**
     * Creates the lock file with {@code content} unless it exists. One exclusive create and one
     * write: a change takes the lock every time, so it must cost little (a file made whole elsewhere
     * and linked into place costs five times as much); a reader may see it empty for that instant.
     */
    private boolean create(byte[] content) {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(content);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state lock to " + file + ": " + e.getMessage(), e);
        }
    }

    private String read() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> pidOf(String holder) {
        for (String line : holder.split("\n")) {
            if (line.startsWith("pid=")) {
                try {
                    return Optional.of(Long.parseLong(line.substring(4).trim()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean alive(String holder) {
        return pidOf(holder).map(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).orElse(true);
    }

    private static String describe(String holder) {
        if (holder == null) {
            return "another process";
        }
        String since = holder.lines().filter(line -> line.startsWith("since="))
                .map(line -> " (since " + line.substring(6).trim() + ")").findFirst().orElse("");
        long self = ProcessHandle.current().pid();
        return pidOf(holder).map(pid -> pid == self ? "another appliance in this process (pid " + pid + ")" + since
                : "process " + pid + since).orElse("another process");
    }

    /** Moves a dead process's lock aside, and puts it back if it turns out to be a fresh one. */
    private void takeOverStale(String stale) {
        Path aside = file.resolveSibling(file.getFileName() + ".stale-" + HexFormat.of().toHexDigits(random.nextInt()));
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            String moved = Files.readString(aside, StandardCharsets.UTF_8);
            if (moved.equals(stale)) {
                Files.deleteIfExists(aside);
            } else {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateBusyException("interrupted while waiting for the state lock");
        }
    }

    /** A held lock; closing it removes the lock file if it is still ours. */
    final class Held implements AutoCloseable {
        private final String token;

        private Held(String token) {
            this.token = token;
        }

        @Override
        public void close() {
            String content = read();
            if (content != null && content.contains("token=" + token + "\n")) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
