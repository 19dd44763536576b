package io.vbaws.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code vbaws} command line: picocli wiring, exit codes, and one-line errors. */
@Command(name = "vbaws", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Policy as code for Veeam Backup for AWS: EC2 SLA-based backup policies in a Groovy DSL.",
        subcommands = {
            PlanCommand.class, ApplyCommand.class, ValidateCommand.class, ReplCommand.class, RunCommand.class, ReportCommand.class,
            ExportCommand.class, StatusCommand.class, ProfilesCommand.class, ApplianceCommand.class,
            CommandLine.HelpCommand.class,
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  VBAWS_URL            appliance URL (default: the built-in simulated appliance)",
            "  VBAWS_USERNAME       user name",
            "  VBAWS_PASSWORD       password (or VBAWS_PASSWORD_FILE, or --password-stdin)",
            "  VBAWS_PASSWORD_FILE  file whose first line is the password",
            "  VBAWS_PROFILE        profile of $VBAWS_HOME/config",
            "  VBAWS_HOME           state, plans, history and profiles (default $HOME/.vbaws)",
            "  NO_COLOR             no colour in output",
        })
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    private final CliEnvironment environment;

    Main(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.ERROR;
    }

    /** The global options of the command line that {@code spec} belongs to. */
    static GlobalOptions globalOptions(CommandSpec spec) {
        return ((Main) spec.root().userObject()).global;
    }

    /** The environment variables and stdin of the command line that {@code spec} belongs to. */
    static CliEnvironment environment(CommandSpec spec) {
        return ((Main) spec.root().userObject()).environment;
    }

    /** Opens the appliance connection the command line of {@code spec} asks for, with the command's time limit. */
    static ApplianceConnection connect(CommandSpec spec) {
        Object command = spec.userObject();
        Duration limit = command instanceof CommandTimeout own ? own.timeLimit() : CommandTimeout.STANDARD;
        GlobalOptions options = globalOptions(spec);
        return ApplianceConnection.open(options, environment(spec), spec.commandLine().getErr(), options.timeouts(limit));
    }

    public static void main(String[] args) {
        // picocli's factory otherwise loads groovy.lang.Closure to support closures as option values,
        // which we never use: that starts Groovy's runtime, about 0.1 s of CPU, on every command.
        System.setProperty("picocli.disable.closures", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliEnvironment.system());
    }

    /** Runs one command line with the given streams and environment; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        CommandLine cli = commandLine(environment);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured command tree: exit codes in the help of each command that sets them, one-line errors unless --debug. */
    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine cli = new CommandLine(new Main(environment));
        listExitCodes(cli);
        cli.setExecutionExceptionHandler(new FailureReport());
        cli.setParameterExceptionHandler(new UsageReport());
        return cli;
    }

    /** Every command but {@code help} lists its exit codes; only plan's list has 2, which only plan answers. */
    private static void listExitCodes(CommandLine cli) {
        if (!(cli.getCommand() instanceof CommandLine.HelpCommand)) {
            cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList(cli.getCommand() instanceof PlanCommand));
        }
        cli.getSubcommands().values().forEach(Main::listExitCodes);
    }
}
