package io.vbaws.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** A plan for machines: the stable schema of {@code docs/plan-json.md}. */
public final class JsonPlanRenderer {
    private final PlanJson json = new PlanJson();

    /** The plan without costs. */
    public String render(Plan plan) {
        return render(plan, PlanCosts.NONE);
    }

    /** The plan, with a {@code cost} member when {@code costs} has any. */
    public String render(Plan plan, PlanCosts costs) {
        return render(plan, costs, null);
    }

    /**
     * The plan, with a {@code cost} member when {@code costs} has any, and a {@code diagnostics}
     * member holding the scripts' warnings when {@code diagnostics} is given (written by the caller,
     * which owns their shape).
     */
    public String render(Plan plan, PlanCosts costs, ArrayNode diagnostics) {
        ObjectNode root = json.mapper().createObjectNode();
        root.put("format_version", PlanJson.FORMAT_VERSION);
        ArrayNode changes = root.putArray("changes");
        plan.changes().forEach(change -> changes.add(json.change(change)));
        ArrayNode unmanaged = root.putArray("unmanaged");
        plan.unmanaged().forEach(unmanaged::add);
        root.set("protected", json.protectedPolicies(plan));
        PlanSummary summary = plan.summary();
        ObjectNode counts = root.putObject("summary");
        counts.put("create", summary.create());
        counts.put("update", summary.update());
        counts.put("delete", summary.delete());
        counts.put("enable", summary.enable());
        counts.put("disable", summary.disable());
        counts.put("reorder", summary.reorder());
        counts.put("to_add", summary.toAdd());
        counts.put("to_change", summary.toChange());
        counts.put("to_delete", summary.toDelete());
        if (!costs.isEmpty()) {
            root.set("cost", cost(CostSummary.of(plan, costs)));
        }
        if (diagnostics != null) {
            root.set("diagnostics", diagnostics);
        }
        try {
            return json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serializes; this would be a bug, not a user error.
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode cost(CostSummary summary) {
        ObjectNode cost = json.mapper().createObjectNode();
        cost.put("currency", PlanCosts.CURRENCY);
        ArrayNode policies = cost.putArray("policies");
        for (CostSummary.Row row : summary.rows()) {
            ObjectNode line = policies.addObject();
            line.put("policy", row.policy());
            line.put("before", row.before());
            line.put("after", row.after());
            line.put("delta", row.delta());
        }
        ObjectNode total = cost.putObject("total");
        total.put("before", summary.totalBefore());
        total.put("after", summary.totalAfter());
        total.put("delta", summary.totalDelta());
        ArrayNode unknown = cost.putArray("unknown");
        summary.unknown().forEach(unknown::add);
        return cost;
    }
}
