package io.vbaws.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.vbaws.api.model.ApiJson;
import io.vbaws.api.model.PriorityOrder;
import io.vbaws.api.model.SlaPolicySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated Veeam Backup for AWS appliance: the REST API 1.8-rev0 under {@code /api/v1} over
 * real HTTP (or HTTPS with a self-signed certificate), the controls under {@code /sim}, and its state
 * in a directory. {@link #start(SimOptions)} returns once it listens; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (SimulatedAppliance sim = SimulatedAppliance.start(SimOptions.defaults(dir))) {
 *     URI api = sim.baseUri().resolve("/api/v1");
 *     sim.faults().failNext(1, "GET", "/policy/ec2SlaBasedPolicies", 503);
 *     sim.clock().advance(Duration.ofDays(3));
 * }
 * }</pre>
 */
public final class SimulatedAppliance implements AutoCloseable {
    /** The built-in administrator. */
    public static final String ADMIN = "admin";
    /** The built-in read-only user. */
    public static final String VIEWER = "viewer";
    /** An administrator with MFA: its password is the admin password, its code {@value #MFA_CODE}. */
    public static final String MFA_ADMIN = "mfa-admin";
    /** The MFA code the simulated appliance accepts. */
    public static final String MFA_CODE = TokenService.MFA_CODE;

    private static final int THREADS = 32;
    /** Rounds of {@link #readyForWrites}: past the JIT's compile threshold (about 200 calls). */
    private static final int READY_ROUNDS = 300;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final String fingerprint;
    private final Appliance appliance;
    private final FaultInjector faults;
    private final ObjectMapper json;
    private final RequestStats stats;
    private final SimClock clock;
    private final Path stateDir;
    private boolean closed;

    private SimulatedAppliance(HttpServer server, ExecutorService executor, URI baseUri, String fingerprint,
                               Appliance appliance, ObjectMapper json, FaultInjector faults, RequestStats stats, SimClock clock,
                               Path stateDir) {
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
        this.fingerprint = fingerprint;
        this.appliance = appliance;
        this.json = json;
        this.faults = faults;
        this.stats = stats;
        this.clock = clock;
        this.stateDir = stateDir;
    }

    /**
     * Loads (or creates) the state in {@code options.stateDir()} and starts serving; returns once
     * the server listens. Fails with a clear message when the state is locked by another process
     * past the lock timeout, or holds another estate or seed than the options ask for.
     */
    public static SimulatedAppliance start(SimOptions options) {
        Path dir = options.stateDir().toAbsolutePath().normalize();
        FaultSpec.parse(options.faults());
        // The estate is derived, not stored: generate the likely one while the state loads (2 cores, cold JVM).
        CompletableFuture<EstateModel> likely = CompletableFuture.supplyAsync(
                () -> EstateModel.of(new EstateGenerator(options.seedOrDefault(), options.estateOrDefault()).generate()));
        StateStore store = new StateStore(dir, options.lockTimeout());
        ApplianceState state = store.open(() -> new InitialState(likely.join().estate()).create(startInstant(options)),
                loaded -> requireSame(dir, loaded, options));
        EstateModel model = likely.join();
        if (!model.fits(state)) {
            model = EstateModel.of(new EstateGenerator(state.seed(), state.estate()).generate());
        }
        Appliance appliance = new Appliance(store, model);
        TlsIdentity tls = options.tls() ? store.locked(() -> TlsIdentity.loadOrCreate(dir.resolve("tls"), options.bind())) : null;

        ObjectMapper json = ApiJson.newMapper();
        FaultInjector faults = new FaultInjector(options.faults(), state.seed());
        RequestStats stats = new RequestStats();
        SimClock clock = new SimClock(appliance);
        TokenService tokens = new TokenService(List.of(
                new UserAccount(ADMIN, options.adminPassword(), "Administrator", false, false),
                new UserAccount(VIEWER, options.viewerPassword(), "Viewer", true, false),
                new UserAccount(MFA_ADMIN, options.adminPassword(), "Administrator", false, true)),
                faults, Clock.systemUTC());
        Router api = new Router();
        new AuthEndpoints(tokens, json).register(api);
        new InventoryEndpoints(appliance, json).register(api);
        new PolicyEndpoints(appliance, json).register(api);
        new SlaEndpoints(appliance, json).register(api);
        new SessionEndpoints(appliance, json).register(api);
        Router controls = new Router();
        new ControlEndpoints(clock, faults, stats).register(controls);

        // The JDK server writes headers and body apart; with Nagle's algorithm on, every answer then waits
        // for the client's delayed ACK (about 40 ms). The property is read once, when the first server is made.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        HttpServer server;
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(options.bind()), options.port());
            if (tls != null) {
                HttpsServer https = HttpsServer.create(address, 128);
                https.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()));
                server = https;
            } else {
                server = HttpServer.create(address, 128);
            }
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
        }
        server.createContext("/", new HttpFront(api, controls, tokens, faults, stats, json, System.err));
        server.setExecutor(executor);
        server.start();
        URI baseUri = URI.create((tls != null ? "https" : "http") + "://" + host(server.getAddress()) + ":"
                + server.getAddress().getPort());
        return new SimulatedAppliance(server, executor, baseUri, tls == null ? null : tls.fingerprint(), appliance, json, faults,
                stats, clock, dir);
    }

    /**
     * Starts the state in {@code options.stateDir()} over: the estate and seed of the options, or
     * else those the state had, or else the defaults. The TLS certificate is kept. A running
     * appliance on the same directory sees the new state on its next request.
     */
    public static StateSummary reset(SimOptions options) {
        Path dir = options.stateDir().toAbsolutePath().normalize();
        StateStore store = new StateStore(dir, options.lockTimeout());
        ApplianceState previous = store.exists() ? store.current() : null;
        long seed = options.seed() != null ? options.seed() : previous != null ? previous.seed() : SimOptions.DEFAULT_SEED;
        EstateSize size = options.estate() != null ? options.estate() : previous != null ? previous.estate() : EstateSize.SMALL;
        ApplianceState state = store.reset(() -> new InitialState(new EstateGenerator(seed, size).generate())
                .create(startInstant(options)));
        return StateSummary.of(dir, state);
    }

    private static Instant startInstant(SimOptions options) {
        return options.startInstant() != null ? options.startInstant() : Instant.now().truncatedTo(ChronoUnit.MINUTES);
    }

    private static void requireSame(Path dir, ApplianceState loaded, SimOptions options) {
        if (options.estate() != null && !options.estate().sameCounts(loaded.estate())) {
            throw new IllegalStateException("the appliance state in " + dir + " holds the " + loaded.estate().label()
                    + " estate, not " + options.estate().label() + "; start it over with: vbaws appliance reset --state " + dir
                    + " --estate " + options.estate().label());
        }
        if (options.seed() != null && options.seed() != loaded.seed()) {
            throw new IllegalStateException("the appliance state in " + dir + " was generated with seed " + loaded.seed()
                    + ", not " + options.seed() + "; start it over with: vbaws appliance reset --state " + dir + " --seed "
                    + options.seed());
        }
    }

    private static String host(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        if (ip.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String text = ip.getHostAddress();
        return text.contains(":") ? "[" + text + "]" : text;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "vbaws-sim-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The server's base, such as {@code http://127.0.0.1:54321}: the API is under {@code /api/v1}, controls under {@code /sim}. */
    public URI baseUri() {
        return baseUri;
    }

    /** SHA-256 of the TLS certificate, as colon-separated upper-case hex; null without TLS. */
    public String certificateFingerprint() {
        return fingerprint;
    }

    public FaultInjector faults() {
        return faults;
    }

    public RequestStats stats() {
        return stats;
    }

    public SimClock clock() {
        return clock;
    }

    public Path stateDir() {
        return stateDir;
    }

    /**
     * Readies, ahead of the first change, what a policy write runs (reading and validating its body,
     * writing its answer and its journal entry) by running it in memory on a stored policy a few hundred
     * times: Jackson builds its readers and writers at their first value, and the JIT compiles a
     * method after about 200 calls, so a fresh appliance would otherwise answer its first 200
     * writes slower than a long-running one. Nothing is stored or sent. For {@code appliance
     * serve}; a built-in appliance that lives for one command has no use for it.
     */
    public void readyForWrites() {
        json.readerFor(PriorityOrder.class);
        ApplianceView view = appliance.view();
        if (view.state().policies().isEmpty()) {
            return;
        }
        StoredPolicy sample = view.state().policies().get(0);
        try {
            byte[] body = json.writeValueAsBytes(sample.spec());
            for (int round = 0; round < READY_ROUNDS; round++) {
                view.model().book().validateForEstimate(view.state(), json.readValue(body, SlaPolicySpec.class));
                json.writeValueAsBytes(view.toApiWithWarning(sample));
                appliance.store().readyForWrites(sample);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write a policy as JSON: " + e.getMessage(), e);
        }
    }

    /** What the state holds now. */
    public StateSummary summary() {
        return StateSummary.of(stateDir, appliance.view().state());
    }

    /**
     * Stops the server (connections in flight are cut) and its threads, then folds the state's
     * journal into its files. Safe to call twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        try {
            appliance.store().checkpointNow();
        } catch (RuntimeException keptInTheJournal) {
            // Every change is in the journal already; the next appliance to open the state folds it.
        }
    }
}
