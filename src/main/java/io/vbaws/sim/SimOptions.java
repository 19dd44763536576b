package io.vbaws.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How to start a simulated appliance. {@code estate} and {@code seed} are null for "whatever the
 * state directory holds, or the defaults (small, {@value #DEFAULT_SEED}) when it is new"; set, they
 * must match an existing state (reset it to change them). {@code startInstant} fixes the clock of a
 * new state (tests); null means now. Passwords never appear in {@link #toString()}.
 */
public record SimOptions(
        String bind,
        int port,
        Path stateDir,
        EstateSize estate,
        Long seed,
        boolean tls,
        String adminPassword,
        String viewerPassword,
        String faults,
        Instant startInstant,
        Duration lockTimeout) {

    /** The password of the built-in user {@code admin} unless another is given. */
    public static final String DEFAULT_ADMIN_PASSWORD = "vbaws-admin";
    /** The password of the built-in read-only user {@code viewer} unless another is given. */
    public static final String DEFAULT_VIEWER_PASSWORD = "vbaws-viewer";
    /** The seed of a new state unless another is given. */
    public static final long DEFAULT_SEED = 42L;
    /** The address the server binds unless another is given: loopback only. */
    public static final String DEFAULT_BIND = "127.0.0.1";

    public SimOptions {
        Objects.requireNonNull(stateDir, "stateDir");
        if (bind == null || bind.isBlank()) {
            bind = DEFAULT_BIND;
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (adminPassword == null || adminPassword.isEmpty()) {
            adminPassword = DEFAULT_ADMIN_PASSWORD;
        }
        if (viewerPassword == null || viewerPassword.isEmpty()) {
            viewerPassword = DEFAULT_VIEWER_PASSWORD;
        }
        if (lockTimeout == null || lockTimeout.isNegative()) {
            lockTimeout = Duration.ofSeconds(5);
        }
    }

    /** Loopback, any free port, plain HTTP, default passwords, no faults, the state in {@code stateDir}. */
    public static SimOptions defaults(Path stateDir) {
        return new SimOptions(DEFAULT_BIND, 0, stateDir, null, null, false, null, null, null, null, null);
    }

    public SimOptions withBind(String value) {
        return new SimOptions(value, port, stateDir, estate, seed, tls, adminPassword, viewerPassword, faults, startInstant, lockTimeout);
    }

    public SimOptions withPort(int value) {
        return new SimOptions(bind, value, stateDir, estate, seed, tls, adminPassword, viewerPassword, faults, startInstant, lockTimeout);
    }

    public SimOptions withStateDir(Path value) {
        return new SimOptions(bind, port, value, estate, seed, tls, adminPassword, viewerPassword, faults, startInstant, lockTimeout);
    }

    public SimOptions withEstate(EstateSize value) {
        return new SimOptions(bind, port, stateDir, value, seed, tls, adminPassword, viewerPassword, faults, startInstant, lockTimeout);
    }

    public SimOptions withSeed(Long value) {
        return new SimOptions(bind, port, stateDir, estate, value, tls, adminPassword, viewerPassword, faults, startInstant, lockTimeout);
    }

    public SimOptions withTls(boolean value) {
        return new SimOptions(bind, port, stateDir, estate, seed, value, adminPassword, viewerPassword, faults, startInstant, lockTimeout);
    }

    public SimOptions withAdminPassword(String value) {
        return new SimOptions(bind, port, stateDir, estate, seed, tls, value, viewerPassword, faults, startInstant, lockTimeout);
    }

    public SimOptions withViewerPassword(String value) {
        return new SimOptions(bind, port, stateDir, estate, seed, tls, adminPassword, value, faults, startInstant, lockTimeout);
    }

    public SimOptions withFaults(String value) {
        return new SimOptions(bind, port, stateDir, estate, seed, tls, adminPassword, viewerPassword, value, startInstant, lockTimeout);
    }

    public SimOptions withStartInstant(Instant value) {
        return new SimOptions(bind, port, stateDir, estate, seed, tls, adminPassword, viewerPassword, faults, value, lockTimeout);
    }

    public SimOptions withLockTimeout(Duration value) {
        return new SimOptions(bind, port, stateDir, estate, seed, tls, adminPassword, viewerPassword, faults, startInstant, value);
    }

    /** The estate of a new state: the one asked for, or small. */
    EstateSize estateOrDefault() {
        return estate == null ? EstateSize.SMALL : estate;
    }

    /** The seed of a new state: the one asked for, or {@value #DEFAULT_SEED}. */
    long seedOrDefault() {
        return seed == null ? DEFAULT_SEED : seed;
    }

    @Override
    public String toString() {
        return "SimOptions[bind=" + bind + ", port=" + port + ", stateDir=" + stateDir + ", estate="
                + (estate == null ? "default" : estate.label()) + ", seed=" + (seed == null ? "default" : seed)
                + ", tls=" + tls + ", passwords=<redacted>, faults=" + faults + ", startInstant=" + startInstant
                + ", lockTimeout=" + lockTimeout + "]";
    }
}
