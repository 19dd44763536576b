package io.vbaws.runbook;

import io.vbaws.query.ComplianceReport;
import io.vbaws.query.ComplianceReport.PolicyStanding;
import io.vbaws.query.CsvText;
import io.vbaws.query.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The compliance report as CSV: one row per policy, the same figures as the HTML page's first table. */
public final class ReportCsv {

    /** The CSV text of {@code report}. */
    public String render(ComplianceReport report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PolicyStanding p : report.policies()) {
            Row row = Row.of("policy", p.name()).and("isEnabled", p.enabled()).and("targetSla", p.targetSla());
            p.figures().forEach((type, figure) -> row.and(type.toLowerCase(java.util.Locale.ROOT) + "Sla", figure));
            rows.add(row.and("meetsTarget", p.meetsTarget()).and("missedInstances", p.missedInstances())
                    .and("monthlyCost", p.monthlyCost()).and("from", report.from().toString())
                    .and("to", report.to().toString()).map());
        }
        return CsvText.of(rows, String::valueOf);
    }
}
