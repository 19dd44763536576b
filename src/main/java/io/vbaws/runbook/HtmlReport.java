package io.vbaws.runbook;

import io.vbaws.query.ComplianceReport;
import io.vbaws.query.ComplianceReport.PolicyStanding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compliance report as one self-contained HTML page: no scripts, no external fonts, styles or
 * links; readable on a phone (one column, tables that scroll) and printable. Per-policy compliance
 * against target, each policy's trend as inline SVG on one common axis, the instances that missed
 * with the reason, and the monthly cost.
 */
public final class HtmlReport {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1d2430}
            h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.6rem 0 .4rem}h3{font-size:1rem;margin:1rem 0 .2rem}
            .meta{color:#556;margin:0 0 1rem}.scroll{overflow-x:auto}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{padding:.3rem .5rem;border-bottom:1px solid #dde;text-align:left;vertical-align:bottom}
            td{white-space:nowrap}td.reason{white-space:normal;min-width:14rem}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .ok{color:#17663a;font-weight:600}.bad{color:#a3221b;font-weight:600}
            svg.trend{display:block;max-width:100%;height:auto}svg .frame{fill:#f6f7fa;stroke:#dde}
            svg .bar.met{fill:#3c8d5a}svg .bar.missed{fill:#c0392b}svg .target{stroke:#1d2430;stroke-dasharray:4 3}
            svg text{font-size:10px;fill:#556}
            @media print{body{max-width:none;font-size:11pt}section{break-inside:avoid}.scroll{overflow:visible}}
            """;

    /** The page for {@code report}. */
    public String render(ComplianceReport report) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>SLA compliance report</title><style>").append(STYLE).append("</style></head><body>\n");
        s.append("<h1>SLA compliance report</h1><p class=\"meta\">").append(day(report.from())).append(" to ")
                .append(day(report.to())).append(" · ").append(report.policies().size()).append(" policies · generated ")
                .append(HtmlText.escape(report.generatedAt().toString())).append("</p>\n");
        compliance(s, report);
        trends(s, report);
        missed(s, report.missed());
        s.append("</body></html>\n");
        return s.toString();
    }

    private static void compliance(StringBuilder s, ComplianceReport report) {
        s.append("<section><h2>Compliance against target</h2><div class=\"scroll\"><table><thead><tr><th>Policy</th>")
                .append("<th class=\"n\">Target</th><th class=\"n\">Snapshot</th><th class=\"n\">Replica</th>")
                .append("<th class=\"n\">Backup</th><th class=\"n\">Archive</th><th>Status</th>")
                .append("<th class=\"n\">Missed instances</th><th class=\"n\">Cost / month</th></tr></thead><tbody>\n");
        for (PolicyStanding p : report.policies()) {
            Boolean meets = p.meetsTarget();
            s.append("<tr><td>").append(HtmlText.escape(p.name())).append(p.enabled() ? "" : " (disabled)").append("</td>")
                    .append(number(p.targetSla()));
            for (Double figure : p.figures().values()) {
                s.append(number(figure));
            }
            s.append("<td class=\"").append(meets == null ? "" : meets ? "ok" : "bad").append("\">")
                    .append(meets == null ? "not calculated" : meets ? "meets target" : "below target").append("</td>")
                    .append("<td class=\"n\">").append(p.missedInstances()).append("</td>")
                    .append("<td class=\"n\">").append(money(p.monthlyCost())).append("</td></tr>\n");
        }
        s.append("</tbody><tfoot><tr><th colspan=\"8\">Total monthly cost</th><th class=\"n\">")
                .append(money(report.totalMonthlyCost())).append("</th></tr></tfoot></table></div></section>\n");
    }

    private static void trends(StringBuilder s, ComplianceReport report) {
        s.append("<section><h2>Daily compliance</h2><p class=\"meta\">Every chart has the same axis, from ")
                .append(String.format(Locale.ROOT, "%.0f%%", report.trendAxis()))
                .append(" to 100%; red bars missed the target.</p>\n");
        for (PolicyStanding p : report.policies()) {
            s.append("<h3>").append(HtmlText.escape(p.name())).append(p.targetSla() == null ? ""
                    : String.format(Locale.ROOT, " · target %.1f%%", p.targetSla()));
            if (!p.trend().isEmpty()) {
                s.append(" · ").append(HtmlText.escape(day(p.trend().get(0).from()))).append(" to ")
                        .append(HtmlText.escape(day(p.trend().get(p.trend().size() - 1).from())));
            }
            s.append("</h3>");
            if (p.trend().isEmpty()) {
                s.append("<p class=\"meta\">no calculated periods</p>\n");
            } else {
                s.append(TrendSvg.render(p.name(), p.trend(), p.targetSla(), report.trendAxis())).append('\n');
            }
        }
        s.append("</section>\n");
    }

    private static void missed(StringBuilder s, List<Map<String, Object>> missed) {
        s.append("<section><h2>Instances that missed their SLA</h2>");
        if (missed.isEmpty()) {
            s.append("<p>None in this period.</p></section>\n");
            return;
        }
        s.append("<div class=\"scroll\"><table><thead><tr><th>Policy</th><th>Instance</th><th>Region</th>")
                .append("<th>Session start</th><th>Status</th><th>Reason</th></tr></thead><tbody>\n");
        for (Map<String, Object> row : missed) {
            s.append("<tr>");
            for (String column : List.of("policy", "instanceName", "region", "sessionStart", "status", "reason")) {
                s.append(column.equals("reason") ? "<td class=\"reason\">" : "<td>")
                        .append(HtmlText.escape(row.get(column) == null ? "" : row.get(column))).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody></table></div></section>\n");
    }

    private static String number(Double value) {
        return "<td class=\"n\">" + (value == null ? "–" : String.format(Locale.ROOT, "%.1f%%", value)) + "</td>";
    }

    private static String money(BigDecimal value) {
        return value == null ? "–" : "$" + value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String day(java.time.Instant instant) {
        return day(instant.toString());
    }

    private static String day(String timestamp) {
        return timestamp == null || timestamp.length() < 10 ? String.valueOf(timestamp) : timestamp.substring(0, 10);
    }
}
