package io.vbaws.cli;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.Timeouts;
import io.vbaws.declaration.Declarations;
import io.vbaws.files.AtomicFile;
import io.vbaws.runbook.RunControl;
import io.vbaws.runbook.RunLog;
import io.vbaws.runbook.RunSummary;
import io.vbaws.runbook.Runbook;
import io.vbaws.runbook.RunbookEnvironment;
import io.vbaws.runbook.RunbookException;
import io.vbaws.runbook.RunbookExecution;
import io.vbaws.runbook.Vbaws;
import io.vbaws.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vbaws run}: runs a runbook (operator automation in Groovy) with its parameters, for real or as a dry run. */
@Command(name = "run",
        description = {
            "Run a runbook: a Groovy script with its parameters declared at its top and the facade bound as vbaws.",
            "--dry-run makes every read and prints every write instead of sending it. Exit 0 on success, 1 on "
                    + "failure, or the code the runbook gives with exit(n).",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws run runbooks/maintenance-window.groovy -p region=us-east-1 --dry-run",
            "  vbaws run runbooks/maintenance-window.groovy --help",
            "  vbaws run runbooks/drift-check.groovy -p scripts=policies/ --json",
        })
final class RunCommand implements Callable<Integer>, CommandTimeout {
    /** How long a runbook may run unless an option says otherwise. */
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofHours(1);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUNBOOK", description = "The runbook, a .groovy file.")
    Path file;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A value for one of the runbook's parameters; repeatable. --help with a RUNBOOK lists them.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Make every read, print every write, send none.")
    boolean dryRun;

    @Option(names = "--json", description = "One JSON object per log line and a final summary on standard output "
            + "(human lines stay on standard error).")
    boolean json;

    @Option(names = "--yes", description = "Do not ask before a run that may write, at a terminal.")
    boolean yes;

    @Option(names = {"-h", "--help"}, description = "This help; with a RUNBOOK, its parameters too.")
    boolean help;

    /** A runbook may run an hour unless --timeout says otherwise. */
    @Override
    public Duration timeLimit() {
        return DEFAULT_TIME_LIMIT;
    }

    /** The run's limit: --timeout, else {@link #timeLimit()}. */
    private Duration runLimit() {
        Duration global = Main.globalOptions(spec).timeout;
        return global != null ? global : timeLimit();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (help || file == null) {
            spec.commandLine().usage(help ? out : err);
            if (file != null) {
                out.println();
                out.print(TerminalText.printable(file.toString()) + ": ");
                out.println(Runbook.compile(file).params().help().stripTrailing());
            }
            out.flush();
            return help ? ExitCode.OK : ExitCode.ERROR;
        }
        Runbook runbook;
        Map<String, Object> values;
        try {
            if (!Files.isRegularFile(file)) {
                throw new RunbookException("no runbook " + file);
            }
            runbook = Runbook.compile(file);
            // Every value is checked before the appliance is even opened.
            values = runbook.params().resolve(params);
        } catch (RunbookException e) {
            if (!json) {
                throw e;
            }
            // A scheduler reading --json gets its summary line whatever went wrong.
            RunLog log = new RunLog(err, out, Clock.systemUTC());
            log.error(e.getMessage());
            log.summary(new RunSummary(0, 0, ExitCode.ERROR, dryRun));
            return ExitCode.ERROR;
        }
        GlobalOptions options = Main.globalOptions(spec);
        // The connection's deadline leaves the finally blocks of a run stopped at its limit time to put things back.
        Timeouts timeouts = options.timeouts(runLimit()).withWhole(runLimit().plus(RunbookExecution.FINALLY_GRACE));
        try (ApplianceConnection connection = ApplianceConnection.open(options, Main.environment(spec),
                err, timeouts)) {
            if (!confirmed(connection, err)) {
                err.println("not run");
                err.flush();
                return ExitCode.ERROR;
            }
            RunLog log = new RunLog(err, json ? out : null, Clock.systemUTC());
            RunControl control = new RunControl(connection.client()::cancelInFlight);
            List<ApplianceConnection> others = new java.util.concurrent.CopyOnWriteArrayList<>();
            Vbaws vbaws = new Vbaws(connection.client(), Clock.systemUTC(), dryRun, log, control,
                    environment(others, timeouts));
            RunbookExecution execution = new RunbookExecution(runbook, vbaws, log, control, dryRun);
            Thread hook = new Thread(() -> {
                execution.stop("stopped by a signal");
                execution.awaitReported(RunbookExecution.FINALLY_GRACE);
            }, "vbaws-runbook-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            RunSummary summary;
            try {
                summary = execution.run(values, runLimit());
            } finally {
                removeHook(hook);
                others.forEach(ApplianceConnection::close);
            }
            return summary.exitCode();
        }
    }

    /** At a terminal, a run that may write asks first, unless --yes or --dry-run; schedulers are never asked. */
    private boolean confirmed(ApplianceConnection connection, PrintWriter err) {
        CliEnvironment env = Main.environment(spec);
        if (yes || dryRun || env.stdin() != System.in || System.console() == null) {
            return true;
        }
        err.print("run " + TerminalText.printable(file.toString()) + " against "
                + TerminalText.printable(connection.description()) + "? It may change policies. [y/N] ");
        err.flush();
        String answer = System.console().readLine();
        return answer != null && List.of("y", "yes").contains(answer.trim().toLowerCase(java.util.Locale.ROOT));
    }

    private RunbookEnvironment environment(List<ApplianceConnection> others, Timeouts timeouts) {
        Path here = Path.of("").toAbsolutePath();
        CliEnvironment env = Main.environment(spec);
        GlobalOptions options = Main.globalOptions(spec);
        PrintWriter err = spec.commandLine().getErr();
        return new RunbookEnvironment() {
            @Override
            public Declarations scripts(List<Path> paths) {
                return CachedScripts.of(spec).load(ScriptFiles.expand(paths));
            }

            @Override
            public void write(Path target, String text, String what) {
                AtomicFile.write(target, text, what);
            }

            @Override
            public Path workingDirectory() {
                return here;
            }

            @Override
            public List<String> profileNames() {
                VbawsHome home = VbawsHome.from(env);
                return List.copyOf(ProfileFile.read(home.config(), VbawsHome.userHome(env)).keySet());
            }

            @Override
            public ApplianceClient connect(String profile) {
                // Every global option (TLS, API version, timeouts, debug) carries over; only the profile differs.
                ApplianceConnection connection = ApplianceConnection.open(options, env, err, timeouts, profile);
                others.add(connection);
                return connection.client();
            }
        };
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running and sees the run to its end.
        }
    }
}
