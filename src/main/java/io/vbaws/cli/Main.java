package io.vbaws.cli;

import io.vbaws.dsl.ParserWarmUp;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** The {@code vbaws} command line: picocli wiring, exit codes, and one-line errors. */
@Command(name = "vbaws", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Policy as code for Veeam Backup for AWS: EC2 SLA-based backup policies in a Groovy DSL.",
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
        if (namesScripts(args)) {
            ParserWarmUp.startInBackground();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Whether a command line names a script or a directory of them: then the parser is readied while
     * it is read. {@code appliance} reads no scripts (its directory is a state).
     */
    static boolean namesScripts(String[] args) {
        String command = Arrays.stream(args).filter(COMMANDS::containsKey).findFirst().orElse("");
        if (command.equals("appliance")) {
            return false;
        }
        return Arrays.stream(args).anyMatch(arg -> arg.endsWith(".groovy") || (!arg.startsWith("-") && isDirectory(arg)));
    }

    private static boolean isDirectory(String arg) {
        try {
            return Files.isDirectory(Path.of(arg));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }

    /** Runs one command line with the given streams; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliEnvironment.system());
    }

    /** Runs one command line with the given streams and environment; returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        CommandLine cli = commandLine(environment, args);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /**
     * The commands, in the order help lists them, each made only when wanted: picocli reads every
     * command it is given by reflection, about 0.1 s of start-up for all of them.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("plan", PlanCommand::new);
        commands.put("apply", ApplyCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("repl", ReplCommand::new);
        commands.put("run", RunCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("status", StatusCommand::new);
        commands.put("profiles", ProfilesCommand::new);
        commands.put("appliance", ApplianceCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /** The whole configured command tree: exit codes in the help of each command that sets them, one-line errors unless --debug. */
    static CommandLine commandLine(CliEnvironment environment) {
        return commandLine(environment, new String[0]);
    }

    /**
     * The command tree {@code args} need: only the command they name when they name one (with the
     * global options before it), every command otherwise (help, a mistyped name, no command).
     */
    static CommandLine commandLine(CliEnvironment environment, String[] args) {
        CommandLine cli = new CommandLine(new Main(environment));
        String named = commandNamed(cli.getCommandSpec(), args);
        COMMANDS.forEach((name, make) -> {
            // help needs every command: it names one to describe, or lists them all
            if (named == null || named.equals("help") || named.equals(name)) {
                cli.addSubcommand(name, make.get());
            }
        });
        listExitCodes(cli);
        cli.setExecutionExceptionHandler(new FailureReport());
        cli.setParameterExceptionHandler(new UsageReport());
        return cli;
    }

    /** The command {@code args} name after the global options, or null when they name none this tree knows. */
    private static String commandNamed(CommandSpec top, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return COMMANDS.containsKey(arg) ? arg : null;
            }
            if (arg.equals("--")) {
                return null;
            }
            if (arg.contains("=")) {
                continue;
            }
            OptionSpec option = top.findOption(arg);
            if (option == null) {
                return null;
            }
            if (option.arity().max() > 0 && !option.typeInfo().isBoolean()) {
                i++;
            }
        }
        return null;
    }

    /** Every command but {@code help} lists its exit codes, worded for what its top-level command can do. */
    private static void listExitCodes(CommandLine cli) {
        listExitCodes(cli, cli.getCommandName());
        cli.getSubcommands().values().forEach(sub -> listExitCodes(sub, sub.getCommandName()));
    }

    private static void listExitCodes(CommandLine cli, String topLevel) {
        if (!(cli.getCommand() instanceof CommandLine.HelpCommand)) {
            cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList(topLevel));
        }
        if (cli.getParent() != null) {
            cli.getSubcommands().values().forEach(sub -> listExitCodes(sub, topLevel));
        }
    }
}
