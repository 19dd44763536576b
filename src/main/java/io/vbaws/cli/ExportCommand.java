package io.vbaws.cli;

import io.vbaws.api.model.SlaPolicy;
import io.vbaws.dsl.PolicyScriptWriter;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        PolicyScope scope = PolicyScope.of(new PlanOptions(false, names.targets, names.excludes));
        try (ApplianceConnection connection = Main.connect(spec)) {
            List<SlaPolicy> policies = connection.client().allPolicies().stream()
                    .filter(p -> scope.includes(p.name()))
                    .sorted(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                            .thenComparing(SlaPolicy::name))
                    .toList();
            InventoryIndex index = new InventoryLoader(connection.client()).load(InventoryNeeds.all());
            String script = new PolicyScriptWriter(index).write(policies, List.of(
                    "EC2 SLA-based policies exported from " + connection.description(),
                    "on " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " by vbaws; "
                            + "'vbaws plan' on this file against that appliance finds nothing to change.",
                    "Add 'protect true' to policies --prune must never delete."));
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(script);
                out.flush();
            } else {
                AtomicFile.write(output, script, "the export");
                spec.commandLine().getErr().println("Exported " + policies.size() + " policies to " + output);
                spec.commandLine().getErr().flush();
            }
            return ExitCode.OK;
        }
    }
}
