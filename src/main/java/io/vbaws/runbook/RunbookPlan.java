package io.vbaws.runbook;

import io.vbaws.plan.Plan;
import io.vbaws.plan.PolicyChange;
import io.vbaws.query.Row;
import java.util.List;
import java.util.Map;

/** A plan made in a runbook, as data: its changes as rows, whether it is empty, and the plan to apply. */
public record RunbookPlan(Plan plan) {

    /** Whether applying it would change nothing. */
    public boolean isEmpty() {
        return plan.isEmpty();
    }

    /** One row per change: action, policy, and the fields it sets. */
    public List<Map<String, Object>> getChanges() {
        return plan.changes().stream().map(RunbookPlan::row).toList();
    }

    /** The policies it changes, each once. */
    public List<String> getPolicies() {
        return plan.changedPolicies();
    }

    private static Map<String, Object> row(PolicyChange c) {
        return Row.of("action", c.action().word()).and("policy", c.policy())
                .and("fields", c.fields().stream().map(f -> f.word() + ": " + f.before() + " -> " + f.after()).toList())
                .map();
    }

    @Override
    public String toString() {
        return plan.isEmpty() ? "no changes" : plan.changes().size() + " change(s) to " + String.join(", ", getPolicies());
    }
}
