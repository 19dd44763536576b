package io.vbaws.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The charts of several policies, drawn on one common axis so their bars compare at a glance. */
public record SlaCharts(List<SlaChart> charts) {

    public SlaCharts {
        charts = List.copyOf(charts);
    }

    /** The lower bound of the common axis: the lowest of the charts' own. */
    public double lowerBound() {
        return charts.stream().mapToDouble(SlaChart::lowerBound).min().orElse(90.0);
    }

    /** Every period of every chart as a row, each with its policy. */
    public QueryResult rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SlaChart chart : charts) {
            for (Map<String, Object> row : chart.rows()) {
                rows.add(Row.of("policy", chart.policy()).map());
                rows.get(rows.size() - 1).putAll(row);
            }
        }
        return new QueryResult("SLA compliance per period of " + charts.size() + " policies", rows);
    }
}
