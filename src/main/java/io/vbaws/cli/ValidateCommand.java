package io.vbaws.cli;

import io.vbaws.dsl.PolicyScripts;
import io.vbaws.declaration.Declarations;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.InventoryLoader;
import io.vbaws.inventory.PolicyResolver;
import io.vbaws.declaration.ScriptErrors;
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
            "Check policy scripts without an appliance: syntax, structure, required settings and value ranges.",
            "With --online, also resolve every name against the appliance's inventory.",
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy scripts to check.")
    List<Path> files;

    @Option(names = "--online", description = "Also resolve names (regions, templates, roles, instances, tags, "
            + "volumes, keys) against the appliance.")
    boolean online;

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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Declarations declarations = new PolicyScripts().load(files);
            if (online) {
                try (OnlineInventory inventory = onlineInventory.apply(spec)) {
                    new PolicyResolver(inventory.index(declarations)).resolve(declarations);
                }
            }
            out.println(ScriptErrorReport.count(files.size(), "file", "files") + ", "
                    + ScriptErrorReport.count(declarations.policies().size(), "policy", "policies") + ": valid.");
            out.flush();
            return ExitCode.OK;
        } catch (ScriptErrors failure) {
            return ScriptErrorReport.print(failure, files.size(), err);
        }
    }
}
