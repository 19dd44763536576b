package io.vbaws.runbook;

import io.vbaws.query.SlaChart;
import java.util.List;
import java.util.Locale;

/**
 * One policy's trend as an inline SVG bar chart on the report's common axis: a bar per period
 * from the axis's lower bound up to its percent (the top is 100%), a dashed line at the target.
 * Each bar carries its percent in {@code data-percent}, so a reader (or a spec) can check it.
 */
final class TrendSvg {
    static final int WIDTH = 560;
    static final int HEIGHT = 120;
    private static final int GAP = 2;

    private TrendSvg() {
    }

    static String render(String policy, List<SlaChart.Bar> bars, Double target, double axisLow) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" viewBox=\"0 0 %d %d\" "
                + "width=\"100%%\" role=\"img\" aria-label=\"%s\" data-axis-low=\"%.1f\">", WIDTH, HEIGHT + 14,
                HtmlText.escape(policy + ": compliance per day"), axisLow));
        s.append(String.format(Locale.ROOT, "<rect class=\"frame\" x=\"0\" y=\"0\" width=\"%d\" height=\"%d\"/>", WIDTH, HEIGHT));
        double slot = bars.isEmpty() ? WIDTH : (double) WIDTH / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            SlaChart.Bar b = bars.get(i);
            if (b.achievedSlaPercent() == null) {
                continue;
            }
            double h = height(b.achievedSlaPercent(), axisLow);
            boolean met = target == null || b.achievedSlaPercent() >= target;
            s.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
                    + "data-percent=\"%.2f\"><title>%s: %.1f%%</title></rect>", met ? "met" : "missed", i * slot + GAP / 2.0,
                    HEIGHT - h, Math.max(1.0, slot - GAP), h, b.achievedSlaPercent(), HtmlText.escape(day(b)),
                    b.achievedSlaPercent()));
        }
        if (target != null) {
            double y = HEIGHT - height(target, axisLow);
            s.append(String.format(Locale.ROOT, "<line class=\"target\" x1=\"0\" x2=\"%d\" y1=\"%.2f\" y2=\"%.2f\" "
                    + "data-percent=\"%.2f\"/>", WIDTH, y, y, target));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%.0f%%</text>", HEIGHT + 12, axisLow));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">100%% at the top; dashed: target</text>",
                WIDTH, HEIGHT + 12));
        return s.append("</svg>").toString();
    }

    /** The bar's height for {@code percent} on the axis from {@code axisLow} to 100. */
    static double height(double percent, double axisLow) {
        double clamped = Math.max(axisLow, Math.min(100.0, percent));
        return (clamped - axisLow) / (100.0 - axisLow) * HEIGHT;
    }

    private static String day(SlaChart.Bar b) {
        String from = b.from() == null ? "" : b.from();
        return from.length() >= 10 ? from.substring(0, 10) : from;
    }
}
