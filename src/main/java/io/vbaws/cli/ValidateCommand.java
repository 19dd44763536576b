package io.vbaws.cli;

import io.vbaws.dsl.PolicyScripts;
import io.vbaws.inventory.Declarations;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.PolicyResolver;
import io.vbaws.inventory.ScriptError;
import io.vbaws.inventory.ScriptErrors;
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

    /** The inventory a run's declarations resolve against; null where this build has no appliance connection. */
    private final Function<Declarations, InventoryIndex> onlineInventory;

    ValidateCommand() {
        this(null);
    }

    ValidateCommand(Function<Declarations, InventoryIndex> onlineInventory) {
        this.onlineInventory = onlineInventory;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (online && onlineInventory == null) {
            err.println("vbaws validate: --online is not available in this build yet (no appliance connection); "
                    + "run without it for the offline checks");
            err.flush();
            return ExitCode.ERROR;
        }
        try {
            Declarations declarations = new PolicyScripts().load(files);
            if (online) {
                new PolicyResolver(onlineInventory.apply(declarations)).resolve(declarations);
            }
            out.println(count(files.size(), "file", "files") + ", " + count(declarations.policies().size(), "policy", "policies")
                    + ": valid.");
            out.flush();
            return ExitCode.OK;
        } catch (ScriptErrors failure) {
            for (ScriptError error : failure.errors()) {
                err.println(error.render());
            }
            err.println(count(files.size(), "file", "files") + ": " + count(failure.errors().size(), "error", "errors") + ".");
            err.flush();
            return ExitCode.ERROR;
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
