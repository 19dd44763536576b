package io.vbaws.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.InventoryLoader;
import io.vbaws.inventory.PolicyResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vbaws validate}: check scripts offline (syntax, structure, required fields); {@code --online} also resolves names. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Check policy scripts without an appliance.",
            "Syntax, structure, required settings, value ranges and the rules between settings the appliance "
                    + "enforces; an unknown region code is a warning. With --online, also resolve every name against "
                    + "the appliance's inventory (an unknown region is then an error).",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws validate policies/",
            "  vbaws validate --online prod.groovy",
            "  vbaws validate --json policies/ > diagnostics.json",
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy scripts to check; a directory means "
            + "every *.groovy file below it.")
    List<Path> files;

    @Option(names = "--online", description = "Also resolve names (regions, templates, roles, instances, tags, "
            + "volumes, keys) against the appliance.")
    boolean online;

    @Option(names = "--json", description = "Print every diagnostic (file, line, column, severity, message, "
            + "suggestion) as one JSON document on stdout (schema: docs/plan-json.md).")
    boolean json;

    /** What {@code --online} resolves against: an inventory for the run's declarations, open until closed. */
    interface OnlineInventory extends AutoCloseable {
        InventoryIndex index(Declarations declarations);

        @Override
        void close();
    }

    private final Function<CommandSpec, OnlineInventory> onlineInventory;

    ValidateCommand() {
        this(ValidateCommand::applianceInventory);
    }

    /** With another source of inventory for {@code --online}: specs give an in-memory one. */
    ValidateCommand(Function<CommandSpec, OnlineInventory> onlineInventory) {
        this.onlineInventory = onlineInventory;
    }

    /** The appliance the command line names (or the built-in one), its inventory fetched through the client. */
    private static OnlineInventory applianceInventory(CommandSpec spec) {
        ApplianceConnection connection = Main.connect(spec);
        return new OnlineInventory() {
            @Override
            public InventoryIndex index(Declarations declarations) {
                return new InventoryLoader(connection.client()).load(declarations);
            }

            @Override
            public void close() {
                connection.close();
            }
        };
    }

    /** With {@code --online}, the script errors and the name errors of the policies they leave untouched. */
    private ScriptErrors withNames(ScriptErrors failure, List<Path> scripts) {
        OnlineInventory inventory;
        try {
            inventory = onlineInventory.apply(spec);
        } catch (RuntimeException unreachable) {
            return failure;
        }
        try (inventory) {
            return NamesBesideErrors.withNames(failure, inventory::index, scripts);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> scripts = ScriptFiles.expand(files);
        try {
            Declarations declarations;
            try {
                declarations = CachedScripts.of(spec).load(scripts);
            } catch (ScriptErrors failure) {
                throw online ? withNames(failure, scripts) : failure;
            }
            List<ScriptError> warnings = declarations.warnings();
            if (online) {
                try (OnlineInventory inventory = onlineInventory.apply(spec)) {
                    warnings = new PolicyResolver(inventory.index(declarations)).resolve(declarations).warnings();
                }
            }
            String summary = ScriptErrorReport.count(scripts.size(), "file", "files") + ", "
                    + ScriptErrorReport.count(declarations.policies().size(), "policy", "policies") + ": valid"
                    + (warnings.isEmpty() ? "." : ", " + ScriptErrorReport.count(warnings.size(), "warning", "warnings") + ".");
            if (json) {
                ObjectNode counts = ScriptErrorReport.summary();
                counts.put("files", scripts.size());
                counts.put("policies", declarations.policies().size());
                out.println(ScriptErrorReport.json(warnings, counts));
            } else {
                ScriptErrorReport.warn(warnings, err);
                out.println(summary);
            }
            out.flush();
            return ExitCode.OK;
        } catch (ScriptErrors failure) {
            return json ? ScriptErrorReport.printJson(failure, out) : ScriptErrorReport.print(failure, scripts.size(), err);
        }
    }
}
