package io.vbaws.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The compliance report as data, for the HTML and CSV writers: each policy against its target
 * with its trend and monthly cost, and the instances that missed with the reason.
 *
 * @param generatedAt when the appliance was read
 * @param from the start of the period the report covers
 * @param to its end
 * @param policies one entry per policy, in priority order
 * @param trendAxis the lower bound of the common axis every trend is drawn on (its top is 100%)
 * @param missed the rows of {@code missed()} for the period
 */
public record ComplianceReport(Instant generatedAt, Instant from, Instant to, List<PolicyStanding> policies,
        double trendAxis, List<Map<String, Object>> missed) {

    public ComplianceReport {
        policies = List.copyOf(policies);
        missed = List.copyOf(missed);
    }

    /** The total estimated monthly cost of every policy in the report. */
    public BigDecimal totalMonthlyCost() {
        return policies.stream().map(PolicyStanding::monthlyCost).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * One policy in the report.
     *
     * @param name the policy's name
     * @param enabled whether it is enabled
     * @param targetSla the template's target percent; null when unknown
     * @param figures the achieved percent per backup type the appliance calculated (Snapshot, Replica, Backup, Archive)
     * @param trend the daily periods within the report's period
     * @param monthlyCost the estimated monthly cost; null when the appliance gives none
     * @param missedInstances how many of its instances missed their SLA in the period
     */
    public record PolicyStanding(String name, boolean enabled, Double targetSla, Map<String, Double> figures,
            List<SlaChart.Bar> trend, BigDecimal monthlyCost, int missedInstances) {

        public PolicyStanding {
            figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
            trend = List.copyOf(trend);
        }

        /** The lowest calculated figure: the policy meets its target only when every type does. */
        public Double achieved() {
            return figures.values().stream().filter(java.util.Objects::nonNull).min(Double::compare).orElse(null);
        }

        /** Whether the lowest calculated figure reaches the target; null when either is unknown. */
        public Boolean meetsTarget() {
            Double achieved = achieved();
            return achieved == null || targetSla == null ? null : achieved >= targetSla;
        }
    }
}
