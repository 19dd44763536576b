package io.vbaws.apply;

import io.vbaws.api.ApiException;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.CostEstimate;
import io.vbaws.plan.ChangeAction;
import io.vbaws.plan.Plan;
import io.vbaws.plan.PlanCosts;
import io.vbaws.plan.PolicyChange;
import io.vbaws.plan.PolicyCost;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fetches the estimated monthly cost of each policy a plan changes, before (the policy's cost
 * endpoint) and after (the cost of the new body; zero for a delete), concurrently. A cost the
 * appliance cannot give stays unknown rather than failing the plan.
 */
public final class CostLookup {
    private final ApplianceClient client;

    public CostLookup(ApplianceClient client) {
        this.client = client;
    }

    public PlanCosts costsOf(Plan plan) {
        Map<String, PolicyChange> firstChange = new LinkedHashMap<>();
        Map<String, PolicyChange> bodyChange = new LinkedHashMap<>();
        for (PolicyChange c : plan.changes()) {
            firstChange.putIfAbsent(c.policy(), c);
            if (c.body() != null || c.action() == ChangeAction.DELETE) {
                bodyChange.put(c.policy(), c);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(8, firstChange.size())));
        try {
            Map<String, CompletableFuture<PolicyCost>> pending = new LinkedHashMap<>();
            firstChange.forEach((name, change) -> pending.put(name,
                    CompletableFuture.supplyAsync(() -> cost(change, bodyChange.get(name)), pool)));
            Map<String, PolicyCost> costs = new LinkedHashMap<>();
            pending.forEach((name, f) -> costs.put(name, f.join()));
            return new PlanCosts(costs);
        } finally {
            pool.shutdownNow();
        }
    }

    private PolicyCost cost(PolicyChange any, PolicyChange withBody) {
        BigDecimal before = any.id() == null ? BigDecimal.ZERO : total(() -> client.policyCost(any.id()));
        BigDecimal after;
        if (withBody == null) {
            after = before;
        } else if (withBody.action() == ChangeAction.DELETE) {
            after = BigDecimal.ZERO;
        } else {
            after = total(() -> client.estimateCost(withBody.body()));
        }
        return new PolicyCost(before, after);
    }

    private static BigDecimal total(java.util.function.Supplier<CostEstimate> fetch) {
        try {
            CostEstimate estimate = fetch.get();
            return estimate == null ? null : estimate.totalCost();
        } catch (ApiException e) {
            return null;
        }
    }
}
