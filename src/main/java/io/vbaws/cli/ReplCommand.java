package io.vbaws.cli;
import io.vbaws.query.SlaQueries;
import io.vbaws.query.TimeArguments;

import io.vbaws.repl.CompletionInventory;
import io.vbaws.repl.OutputFormat;
import io.vbaws.repl.Repl;
import io.vbaws.repl.ReplSettings;


import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vbaws repl}: a prompt over policies and SLA compliance, or the same queries without one. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {
            "Interactive prompt over policies and SLA compliance: Groovy with query functions "
                    + "(policies(), instances(policy, from: \"7d\"), chart(policy), ...). Type :help at the prompt.",
            "Without a terminal, or with -e, it prints the results without a prompt: each -e EXPR in order, "
                    + "else the script on standard input. Exit 0 when every input succeeded, 1 when any failed.",
            "Without a prompt the inputs stop after --timeout (default 5m), loops included.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws repl",
            "  vbaws repl -e 'policies()'",
            "  vbaws repl --format json -e 'instances(\"finance-db\", from: \"30d\")' < /dev/null",
        })
final class ReplCommand implements Callable<Integer>, CommandTimeout {

    @Spec
    CommandSpec spec;

    @Option(names = {"-e", "--eval"}, paramLabel = "EXPR",
            description = "Evaluate EXPR (Groovy or a :command) and print its result; repeatable, run in order in one session.")
    List<String> expressions = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "How results print: table, json or csv (default: ${DEFAULT-VALUE}; :format changes it).")
    String format;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Table width without a terminal (default: $COLUMNS, else no limit).")
    Integer width;

    /** The prompt waits for its user, not for a deadline; -e and piped scripts end within the standard limit. */
    @Override
    public Duration timeLimit() {
        return expressions.isEmpty() && System.console() != null ? null : CommandTimeout.STANDARD;
    }

    /**
     * How long the inputs of -e or stdin may run, Groovy loops included (the connection's deadline
     * covers only what is sent): --timeout, else {@link #timeLimit()}.
     */
    private Duration inputLimit() {
        Duration global = Main.globalOptions(spec).timeout;
        return global != null ? global : timeLimit() != null ? timeLimit() : CommandTimeout.STANDARD;
    }

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = Main.globalOptions(spec);
        CliEnvironment env = Main.environment(spec);
        OutputFormat outputFormat;
        try {
            outputFormat = OutputFormat.named(format);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--format: " + e.getMessage(), e);
        }
        boolean interactive = expressions.isEmpty() && env.stdin() == System.in && System.console() != null;
        ExecutorService pool = Executors.newFixedThreadPool(5, r -> {
            Thread t = new Thread(r, "vbaws-repl-names");
            t.setDaemon(true);
            return t;
        });
        try (ApplianceConnection connection = Main.connect(spec)) {
            SlaQueries queries = new SlaQueries(connection.client(), new TimeArguments(Clock.systemUTC()));
            CompletionInventory inventory = new CompletionInventory(connection.client(), pool);
            ReplSettings settings = new ReplSettings(outputFormat, global.debug(), Path.of("").toAbsolutePath(),
                    "vbaws REPL on " + connection.description());
            Repl repl = new Repl(queries, inventory, settings, connection.client()::cancelInFlight);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!expressions.isEmpty()) {
                return repl.runInputs(expressions, out, err, batchWidth(env), inputLimit());
            }
            if (!interactive) {
                return repl.runScript(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8), out, err,
                        batchWidth(env), inputLimit());
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                return repl.runInteractive(terminal, VbawsHome.from(env).history());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Without a terminal, tables are as wide as --width or $COLUMNS say, else never cut. */
    private IntSupplier batchWidth(CliEnvironment env) {
        int w = Integer.MAX_VALUE;
        if (width != null && width > 0) {
            w = width;
        } else if (env.get("COLUMNS") != null) {
            try {
                w = Integer.parseInt(env.get("COLUMNS").trim());
            } catch (NumberFormatException e) {
                w = Integer.MAX_VALUE;
            }
        }
        int fixed = w;
        return () -> fixed;
    }
}
