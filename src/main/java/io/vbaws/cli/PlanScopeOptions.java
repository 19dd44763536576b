package io.vbaws.cli;

import io.vbaws.plan.PlanOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The planning options plan and apply share: --prune, --target and --exclude. */
final class PlanScopeOptions {

    @Option(names = "--prune", description = "Delete policies on the appliance that no script declares "
            + "(never those a protect rule names: they are left alone, with a note).")
    boolean prune;

    @Mixin
    PolicyNameFilter names;

    PlanOptions toPlanOptions() {
        return new PlanOptions(prune, names.targets, names.excludes);
    }
}
