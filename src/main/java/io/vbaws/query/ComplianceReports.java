package io.vbaws.query;

import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.concurrent.ParallelMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link ComplianceReport} from the same queries the REPL asks, so the report and the
 * prompt agree. The policies and templates are read once for the whole report, and each policy's
 * chart and cost are read side by side with seven others', in the policies' order.
 */
public final class ComplianceReports {
    /** Policies read at once: as many requests in flight as a collection's pages. */
    static final int PARALLEL_POLICIES = 8;

    private final SlaQueries queries;
    private final ParallelMap reads = new ParallelMap(PARALLEL_POLICIES, "vbaws-report-read");

    public ComplianceReports(SlaQueries queries) {
        this.queries = queries;
    }

    /** The report over the period from {@code from} (default 30 days) to now, for the policies named (all when none). */
    public ComplianceReport build(List<String> policies, Object from) {
        Instant start = queries.time().from(from == null ? "30d" : from);
        Instant end = queries.time().now();
        QueryOptions period = new QueryOptions(start, end, null, null, null, null, null);
        List<SlaPolicy> chosen = new ArrayList<>(queries.matching(policies));
        chosen.sort(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                .thenComparing(p -> p.name() == null ? "" : p.name()));
        List<String> ids = chosen.stream().map(SlaPolicy::id).toList();
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        queries.policies().forEach(r -> rows.put(String.valueOf(r.get("id")), r));
        QueryResult missed = ids.isEmpty() ? new QueryResult("", List.of()) : queries.missed(ids, period);
        Map<String, SlaTemplate> templates = queries.templatesById();
        List<PolicyReads> read = reads.map(chosen, p -> new PolicyReads(queries.chart(p, templates, QueryOptions.none()),
                queries.cost(p).getSummary().get("totalCost")));
        List<ComplianceReport.PolicyStanding> standings = new ArrayList<>();
        List<SlaChart> charts = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            SlaPolicy p = chosen.get(i);
            Map<String, Object> row = rows.getOrDefault(p.id(), Map.of());
            SlaChart chart = read.get(i).chart();
            List<SlaChart.Bar> trend = chart.bars().stream().filter(b -> within(b, start, end)).toList();
            charts.add(new SlaChart(p.name(), chart.targetSla(), null, chart.scheduleType(), trend));
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("Snapshot", number(row.get("snapshotSla")));
            figures.put("Replica", number(row.get("replicaSla")));
            figures.put("Backup", number(row.get("backupSla")));
            figures.put("Archive", number(row.get("archiveSla")));
            Object cost = read.get(i).totalCost();
            int missedInstances = (int) missed.stream().filter(m -> p.name().equals(m.get("policy")))
                    .map(m -> m.get("instanceId")).distinct().count();
            standings.add(new ComplianceReport.PolicyStanding(p.name(), Boolean.TRUE.equals(p.isEnabled()),
                    chart.targetSla(), figures, trend, cost instanceof BigDecimal b ? b
                            : cost instanceof Number n ? new BigDecimal(n.toString()) : null, missedInstances));
        }
        return new ComplianceReport(end, start, end, standings, new SlaCharts(charts).lowerBound(), missed);
    }

    /** What the report reads of one policy. */
    private record PolicyReads(SlaChart chart, Object totalCost) {
    }

    private static boolean within(SlaChart.Bar bar, Instant start, Instant end) {
        try {
            Instant from = Instant.parse(bar.from());
            return !from.isBefore(start.minus(java.time.Duration.ofDays(1))) && !from.isAfter(end);
        } catch (java.time.DateTimeException e) {
            return true;
        }
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
