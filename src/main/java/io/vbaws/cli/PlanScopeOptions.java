package io.vbaws.cli;

import io.vbaws.plan.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The planning options plan and apply share: --prune, --target and --exclude. */
final class PlanScopeOptions {

    @Option(names = "--prune", description = "Delete policies on the appliance that no script declares "
            + "(never those matched by a protect rule: planning stops with an error naming them).")
    boolean prune;

    @Option(names = "--target", paramLabel = "NAME", description = "Only consider policies whose name matches "
            + "this glob (* and ?); repeatable.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "NAME", description = "Leave out policies whose name matches this "
            + "glob; repeatable.")
    List<String> excludes = new ArrayList<>();

    PlanOptions toPlanOptions() {
        return new PlanOptions(prune, targets, excludes);
    }
}
