package io.vbaws.plan;

import java.util.Map;

/**
 * Estimated monthly costs fetched for a plan's changed policies, by policy name. The planner does
 * not fetch them (that is I/O); whoever does passes them to the renderers.
 */
public record PlanCosts(Map<String, PolicyCost> byPolicy) {

    /**
     * The currency of every figure: the appliance estimates from AWS prices, which are in US
     * dollars, and names no currency in its answers.
     */
    public static final String CURRENCY = "USD";

    /** No costs: renderers show none. */
    public static final PlanCosts NONE = new PlanCosts(Map.of());

    public PlanCosts {
        byPolicy = Map.copyOf(byPolicy);
    }

    /** The cost of {@code policy}, or null when none was fetched. */
    public PolicyCost of(String policy) {
        return byPolicy.get(policy);
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return byPolicy.isEmpty();
    }
}
