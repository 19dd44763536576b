package io.vbaws.cli;

import io.vbaws.sim.EstateSize;
import io.vbaws.sim.FaultSpec;
import io.vbaws.sim.SimOptions;
import io.vbaws.sim.SimulatedAppliance;
import io.vbaws.sim.StateSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vbaws appliance}: the simulated appliance (serve it standalone, reset its state). */
@Command(name = "appliance", description = "The simulated appliance: serve it standalone, or reset its state.",
        mixinStandardHelpOptions = true, subcommands = {ApplianceCommand.Serve.class, ApplianceCommand.Reset.class},
        footerHeading = "%nExamples:%n",
        footer = {"  vbaws appliance serve --port 11005 --tls", "  vbaws appliance reset"})
final class ApplianceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.ERROR;
    }

    /** The state directory of the built-in appliance: {@code $VBAWS_HOME/appliance}. */
    static Path defaultStateDir(CommandSpec spec) {
        return VbawsHome.from(Main.environment(spec)).applianceState();
    }

    /** Reads {@code --estate small|large|instances=N,tags=N,policies=N}. */
    static final class EstateConverter implements CommandLine.ITypeConverter<EstateSize> {
        @Override
        public EstateSize convert(String value) {
            try {
                return EstateSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads and checks {@code --faults SPEC}. */
    static final class FaultsConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                FaultSpec.parse(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code vbaws appliance serve}: the simulated appliance as a standalone server, until stopped. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = {"Serve the simulated appliance over HTTP(S) until stopped (Ctrl-C or SIGTERM).",
                "The first line of output is 'vbaws appliance listening on URL'; with --tls the next gives the "
                    + "certificate's SHA-256 fingerprint (for --trust-fingerprint).",
                "Users: admin (password from --admin-password, default " + SimOptions.DEFAULT_ADMIN_PASSWORD + ") and the "
                    + "read-only viewer (--viewer-password, default " + SimOptions.DEFAULT_VIEWER_PASSWORD + ")."},
            footerHeading = "%nExamples:%n",
            footer = {"  vbaws appliance serve --port 0 --state /tmp/sim",
                "  vbaws appliance serve --tls --estate large --faults error503=0.1"})
    static final class Serve implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--port", paramLabel = "N", defaultValue = "11005",
                description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", paramLabel = "ADDR", defaultValue = SimOptions.DEFAULT_BIND,
                description = "Address to listen on (default: ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--state", paramLabel = "DIR",
                description = "State directory (default: $VBAWS_HOME/appliance, shared with the built-in appliance).")
        Path state;

        @Option(names = "--estate", paramLabel = "SIZE", converter = EstateConverter.class,
                description = "Estate of a new state: small (default), large, or counts like instances=5000,tags=500,policies=100.")
        EstateSize estate;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of a new state (default: " + SimOptions.DEFAULT_SEED + ").")
        Long seed;

        @Option(names = "--tls", description = "Serve HTTPS with a self-signed certificate kept in the state directory.")
        boolean tls;

        @Option(names = "--admin-password", paramLabel = "P", description = "Password of the user admin.")
        String adminPassword;

        @Option(names = "--viewer-password", paramLabel = "P", description = "Password of the read-only user viewer.")
        String viewerPassword;

        @Option(names = "--faults", paramLabel = "SPEC", converter = FaultsConverter.class,
                description = "Random faults, e.g. latency=20ms,jitter=50-500ms,error503=0.1,error504=0.05,drop=0.02,tokenTtl=30s.")
        String faults;

        @Override
        public Integer call() {
            SimOptions options = new SimOptions(bind, port, state == null ? defaultStateDir(spec) : state, estate, seed, tls,
                    adminPassword, viewerPassword, faults, null, null);
            SimulatedAppliance sim = SimulatedAppliance.start(options);
            PrintWriter out = spec.commandLine().getOut();
            out.println("vbaws appliance listening on " + sim.baseUri());
            if (sim.certificateFingerprint() != null) {
                out.println("vbaws appliance TLS certificate SHA-256 fingerprint: " + sim.certificateFingerprint());
            }
            out.println("state " + sim.stateDir() + ": " + sim.summary().describe());
            out.println("users admin and viewer; API under " + sim.baseUri() + "/api/v1, controls under " + sim.baseUri()
                    + "/sim; stop with Ctrl-C");
            out.flush();
            Thread ready = new Thread(() -> {
                try {
                    sim.readyForWrites();
                } catch (RuntimeException notReady) {
                    // Readying only makes the first writes faster; the writes themselves report any trouble.
                }
            }, "vbaws-appliance-ready");
            ready.setDaemon(true);
            ready.start();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                sim.close();
                stopped.countDown();
            }, "vbaws-appliance-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException interrupted) {
                // Stopped from inside the JVM (tests, an embedding program): shut down here instead of in the hook.
                Runtime.getRuntime().removeShutdownHook(hook);
                sim.close();
                Thread.currentThread().interrupt();
            }
            return ExitCode.OK;
        }
    }

    /** {@code vbaws appliance reset}: start a state over. */
    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"Start the simulated appliance's state over from its seed.",
                "Only the seeded policies and their history remain. The estate and seed stay those of the state unless "
                    + "given; the TLS certificate is kept."},
            footerHeading = "%nExamples:%n",
            footer = {"  vbaws appliance reset", "  vbaws appliance reset --state /tmp/sim --estate large --seed 7"})
    static final class Reset implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--state", paramLabel = "DIR", description = "State directory (default: $VBAWS_HOME/appliance).")
        Path state;

        @Option(names = "--estate", paramLabel = "SIZE", converter = EstateConverter.class,
                description = "Estate: small, large, or counts like instances=5000,tags=500,policies=100.")
        EstateSize estate;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the estate and its history.")
        Long seed;

        @Override
        public Integer call() {
            Path dir = state == null ? defaultStateDir(spec) : state;
            StateSummary summary = SimulatedAppliance.reset(SimOptions.defaults(dir).withEstate(estate).withSeed(seed));
            spec.commandLine().getOut().println("vbaws appliance state in " + summary.stateDir() + " started over: "
                    + summary.describe());
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
