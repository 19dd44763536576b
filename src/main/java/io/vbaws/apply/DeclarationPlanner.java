package io.vbaws.apply;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.ScriptError;
import io.vbaws.inventory.DesiredState;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.InventoryLoader;
import io.vbaws.inventory.PolicyResolver;
import io.vbaws.plan.Plan;
import io.vbaws.plan.PlanOptions;
import io.vbaws.plan.Planner;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * From declarations to a plan against the live appliance: fetch the inventory the declarations
 * need and the live policies side by side, resolve the names, and plan. The one chain that
 * {@code vbaws plan}, {@code vbaws apply} and a runbook's {@code vbaws.plan(dir)} share. Resolution
 * errors escape as {@link io.vbaws.declaration.ScriptErrors}, planning refusals as
 * {@link io.vbaws.plan.PlanException}. A planner plans once.
 */
public final class DeclarationPlanner implements AutoCloseable {
    private final CompletableFuture<List<SlaPolicy>> live;
    private final InventoryLoader loader;

    /**
     * Starts reading what every plan reads (the live policies, regions, templates and IAM roles)
     * at once: a planner made as soon as the appliance is known reads them while the scripts are
     * still being evaluated.
     */
    public DeclarationPlanner(ApplianceClient client) {
        this.loader = new InventoryLoader(client);
        this.live = CompletableFuture.supplyAsync(client::allPolicies);
    }

    /** A plan and the warnings the declarations drew. */
    public record Planned(Plan plan, List<ScriptError> warnings) {
    }

    public Planned plan(Declarations declarations, PlanOptions options) {
        InventoryIndex index = loader.load(declarations);
        DesiredState desired = new PolicyResolver(index).resolve(declarations);
        return new Planned(new Planner().plan(desired, join(live), index, options), desired.warnings());
    }

    /**
     * Instead of a plan: the inventory {@code declarations} need, to check their names (the scripts
     * had errors elsewhere, so there will be no plan).
     */
    public InventoryIndex inventory(Declarations declarations) {
        return loader.load(declarations);
    }

    /** Stops the reads of a planner that will not plan (the scripts had errors). */
    @Override
    public void close() {
        loader.close();
        live.cancel(true);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
