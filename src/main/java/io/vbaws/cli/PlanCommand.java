package io.vbaws.cli;

import io.vbaws.apply.CostLookup;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.files.AtomicFile;
import io.vbaws.plan.JsonPlanRenderer;
import io.vbaws.plan.PlanCosts;
import io.vbaws.plan.PlanException;
import io.vbaws.plan.SavedPlan;
import io.vbaws.plan.SavedPlanCodec;
import io.vbaws.plan.TextPlanRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vbaws plan}: show what would change on the appliance to match the scripts. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {
            "Show what would change on the appliance to match the scripts; changes nothing.",
            "Creates, updates (field by field, in the scripts' words and names), enable/disable, priority moves, "
                    + "and with --prune deletes. A directory stands for every *.groovy file below it.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws plan policies/",
            "  vbaws plan --out prod.plan prod.groovy      then: vbaws apply prod.plan",
            "  vbaws plan --detailed-exitcode --json policies/ > plan.json",
        })
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy scripts; a directory means every *.groovy "
            + "file below it, in path order.")
    List<Path> files;

    @Mixin
    PlanScopeOptions scope;

    @Option(names = "--json", description = "Print the plan as JSON, or on a script error every diagnostic as JSON "
            + "(schemas: docs/plan-json.md).")
    boolean json;

    @Option(names = "--cost", description = "Show the estimated monthly cost of each changed policy before and "
            + "after, and the total.")
    boolean cost;

    @Option(names = "--out", paramLabel = "FILE", description = "Save the plan, to carry it out later with "
            + "'vbaws apply FILE' (refused if the appliance changed in between).")
    Path out;

    @Option(names = "--detailed-exitcode", description = "Exit 0 when there are no changes, 2 when there are, "
            + "1 on error.")
    boolean detailedExitCode;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> scripts = ScriptFiles.expand(files);
        if (out != null) {
            OutputDirectory.require(out);
        }
        CompletableFuture<ApplianceConnection> connecting = PlanFromScripts.connectInBackground(spec);
        try {
            PlanFromScripts.Result result = new PlanFromScripts().make(connecting, CachedScripts.of(spec), scripts, scope.toPlanOptions());
            if (!json) {
                ScriptErrorReport.warn(result.warnings(), err);
            }
            ApplianceConnection connection = PlanFromScripts.join(connecting);
            PlanCosts costs = cost && !result.plan().isEmpty()
                    ? new CostLookup(connection.client()).costsOf(result.plan())
                    : PlanCosts.NONE;
            stdout.print(json
                    ? new JsonPlanRenderer().render(result.plan(), costs, ScriptErrorReport.diagnostics(result.warnings())) + "\n"
                    : new TextPlanRenderer(Terminal.colour(Main.globalOptions(spec))).render(result.plan(), costs));
            stdout.flush();
            if (out != null) {
                AtomicFile.write(out, new SavedPlanCodec().write(new SavedPlan(connection.description(),
                        result.scriptsDigest(), Instant.now(), result.plan())), "the plan");
                if (!Main.globalOptions(spec).quiet()) {
                    err.println("Saved the plan to " + out + ". To carry out exactly these changes: vbaws apply " + out);
                    err.flush();
                }
            }
            return detailedExitCode && !result.plan().isEmpty() ? ExitCode.CHANGES : ExitCode.OK;
        } catch (ScriptErrors failure) {
            return json ? ScriptErrorReport.printJson(failure, stdout) : ScriptErrorReport.print(failure, scripts.size(), err);
        } catch (PlanException refusal) {
            if (!json) {
                throw refusal;
            }
            return ScriptErrorReport.printJson(refusal, stdout);
        } finally {
            PlanFromScripts.closeWhenOpen(connecting);
        }
    }
}
