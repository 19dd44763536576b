package io.vbaws.cli;

import io.vbaws.api.model.SlaPolicy;
import io.vbaws.dsl.PolicyScriptWriter;
import io.vbaws.files.AtomicFile;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.InventoryLoader;
import io.vbaws.inventory.InventoryNeeds;
import io.vbaws.plan.PlanOptions;
import io.vbaws.plan.PolicyScope;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vbaws export}: the appliance's policies as DSL; planning the result against it finds nothing to do. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Write the appliance's policies as policy scripts.",
            "Planning the result against the same appliance finds nothing to change: the way to bring existing "
                    + "EC2 SLA-based policies under vbaws. -o DIR/ writes one file per policy.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws export > policies.groovy",
            "  vbaws export -o policies/                   one NAME.groovy per policy",
            "  vbaws export --target 'prod-*' -o prod.groovy",
        })
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PolicyNameFilter names;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR/", description = "Write to FILE instead of standard "
            + "output; to a directory (one that exists, or a path ending in /) one NAME.groovy per policy.")
    String output;

    @Option(names = "--force", description = "Replace an existing FILE even when the export holds fewer policies "
            + "than it does.")
    boolean force;

    @Override
    public Integer call() {
        PolicyScope scope = PolicyScope.of(new PlanOptions(false, names.targets, names.excludes));
        PrintWriter err = spec.commandLine().getErr();
        boolean quiet = Main.globalOptions(spec).quiet();
        if (output != null) {
            // -o DIR/ may make DIR itself (documented), not the directories above it
            OutputDirectory.require(Path.of(output));
        }
        try (ApplianceConnection connection = Main.connect(spec)) {
            List<SlaPolicy> policies = connection.client().allPolicies().stream()
                    .filter(p -> scope.includes(p.name()))
                    .sorted(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                            .thenComparing(SlaPolicy::name))
                    .toList();
            InventoryIndex index = new InventoryLoader(connection.client()).load(InventoryNeeds.all());
            PolicyScriptWriter writer = new PolicyScriptWriter(index);
            List<String> header = List.of(
                    "EC2 SLA-based policies exported from " + connection.description(),
                    "on " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " by vbaws; "
                            + "'vbaws plan' on this file against that appliance finds nothing to change.",
                    "Add 'protect true' to policies --prune must never delete.");
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(writer.write(policies, header));
                out.flush();
            } else if (ExportFiles.isDirectory(output)) {
                ExportFiles files = new ExportFiles(Path.of(output));
                for (SlaPolicy policy : policies) {
                    Path file = files.fileFor(policy.name());
                    AtomicFile.write(file, writer.write(List.of(policy), header), "the export of " + policy.name());
                }
                if (!quiet) {
                    err.println("Exported " + ScriptErrorReport.count(policies.size(), "policy", "policies") + " to " + output
                            + " (one file per policy); "
                            + "'vbaws plan " + output + "' plans them all");
                }
            } else {
                new ShrinkingExport(Path.of(output)).refuseUnlessForced(policies.size(), force);
                AtomicFile.write(Path.of(output), writer.write(policies, header), "the export");
                if (!quiet) {
                    err.println("Exported " + ScriptErrorReport.count(policies.size(), "policy", "policies") + " to " + output);
                }
            }
            err.flush();
            return ExitCode.OK;
        }
    }
}
