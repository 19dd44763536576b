package io.vbaws.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cost lines of a plan: per changed policy, the monthly cost before and after, and the totals.
 * A created policy costs nothing before and a deleted one nothing after, whatever was fetched.
 * Totals add what is known; {@link #unknown()} names the policies left out of them.
 *
 * @param rows one per changed policy, in plan order
 * @param totalBefore the sum of the known before figures of the rows with both figures known
 * @param totalAfter the sum of the known after figures of the rows with both figures known
 * @param unknown policies with a figure missing, left out of the totals so before and after compare
 */
public record CostSummary(List<Row> rows, BigDecimal totalBefore, BigDecimal totalAfter, List<String> unknown) {

    /** One policy's line; a null figure is unknown. */
    public record Row(String policy, BigDecimal before, BigDecimal after) {

        /** after - before, or null when either is unknown. */
        public BigDecimal delta() {
            return before == null || after == null ? null : after.subtract(before);
        }
    }

    public CostSummary {
        rows = List.copyOf(rows);
        unknown = List.copyOf(unknown);
    }

    /** The cost lines of {@code plan} from {@code costs}. */
    public static CostSummary of(Plan plan, PlanCosts costs) {
        Set<String> created = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        for (PolicyChange change : plan.changes()) {
            if (change.action() == ChangeAction.CREATE) {
                created.add(change.policy());
            } else if (change.action() == ChangeAction.DELETE) {
                deleted.add(change.policy());
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal after = BigDecimal.ZERO;
        for (String policy : plan.changedPolicies()) {
            PolicyCost cost = costs.of(policy);
            BigDecimal was = created.contains(policy) ? BigDecimal.ZERO : cost == null ? null : cost.before();
            BigDecimal will = deleted.contains(policy) ? BigDecimal.ZERO : cost == null ? null : cost.after();
            Row row = new Row(policy, was, will);
            rows.add(row);
            if (row.delta() == null) {
                unknown.add(policy);
            } else {
                before = before.add(was);
                after = after.add(will);
            }
        }
        return new CostSummary(rows, before, after, unknown);
    }

    /** totalAfter - totalBefore. */
    public BigDecimal totalDelta() {
        return totalAfter.subtract(totalBefore);
    }
}
