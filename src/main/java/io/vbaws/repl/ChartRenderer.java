package io.vbaws.repl;
import io.vbaws.query.SlaChart;
import io.vbaws.query.SlaCharts;

import java.util.List;
import java.util.Locale;

/**
 * Draws an {@link SlaChart}: one horizontal bar per period, in eighths of a column, on a scale
 * from a round lower bound to 100%, with a vertical line where the template's target lies, so a
 * bar that stops short of the line is a period that missed the SLA.
 */
final class ChartRenderer {
    private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
    private static final char FULL = '█';
    private static final char TARGET = '│';
    private static final int MAX_BAR = 60;
    private static final int MIN_BAR = 10;

    private final int width;

    ChartRenderer(int width) {
        this.width = width <= 0 ? 80 : width;
    }

    String render(SlaChart chart) {
        return render(chart, lowerBound(chart), barWidth(chart.bars()));
    }

    /** Several charts on one axis: the same scale and bar width, so a bar compares across policies. */
    String render(SlaCharts charts) {
        if (charts.charts().isEmpty()) {
            return "(no policies)\n";
        }
        double low = charts.lowerBound();
        int barWidth = barWidth(charts.charts().stream().flatMap(c -> c.bars().stream()).toList());
        StringBuilder out = new StringBuilder();
        for (SlaChart chart : charts.charts()) {
            out.append(render(chart, low, barWidth));
        }
        return out.toString();
    }

    private int barWidth(List<SlaChart.Bar> bars) {
        int labelWidth = bars.stream().mapToInt(b -> label(b).length()).max().orElse(10);
        int statusWidth = bars.stream().mapToInt(b -> b.status() == null ? 0 : b.status().length()).max().orElse(0);
        int right = 2 + 6 + (statusWidth == 0 ? 0 : 2 + statusWidth);
        return Math.max(MIN_BAR, Math.min(MAX_BAR, width - labelWidth - 2 - right));
    }

    private String render(SlaChart chart, double low, int barWidth) {
        StringBuilder out = new StringBuilder(CellText.oneLine(chart.title())).append('\n');
        List<SlaChart.Bar> bars = chart.bars();
        if (bars.isEmpty()) {
            return out.append("(no calculated periods)\n").toString();
        }
        int labelWidth = bars.stream().mapToInt(b -> label(b).length()).max().orElse(10);
        double span = 100.0 - low;
        int targetColumn = chart.targetSla() == null ? -1
                : clamp((int) Math.round((chart.targetSla() - low) / span * barWidth), 0, barWidth - 1);

        StringBuilder axis = new StringBuilder(" ".repeat(labelWidth + 2));
        String lowLabel = String.format(Locale.ROOT, "%.0f%%", low);
        char[] scale = " ".repeat(barWidth).toCharArray();
        place(scale, 0, lowLabel);
        if (targetColumn >= 0) {
            scale[targetColumn] = '▼';
        }
        axis.append(scale).append(" 100%");
        out.append(axis.toString().stripTrailing()).append('\n');

        for (SlaChart.Bar b : bars) {
            StringBuilder line = new StringBuilder(pad(label(b), labelWidth)).append("  ");
            char[] area = " ".repeat(barWidth).toCharArray();
            int filled = 0;
            if (b.achievedSlaPercent() != null) {
                double fraction = (clamp(b.achievedSlaPercent(), low, 100.0) - low) / span;
                int eighths = (int) Math.round(fraction * barWidth * 8);
                filled = eighths / 8;
                for (int i = 0; i < filled && i < barWidth; i++) {
                    area[i] = FULL;
                }
                if (eighths % 8 != 0 && filled < barWidth) {
                    area[filled] = EIGHTHS.charAt(eighths % 8);
                    filled++;
                }
            }
            if (targetColumn >= filled) {
                area[targetColumn] = TARGET;
            }
            line.append(area).append("  ");
            line.append(b.achievedSlaPercent() == null ? "   n/a"
                    : String.format(Locale.ROOT, "%5.1f%%", b.achievedSlaPercent()));
            if (b.status() != null) {
                line.append("  ").append(b.status());
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** A round lower bound a little under the lowest value (and the target), so differences show. */
    static double lowerBound(SlaChart chart) {
        return chart.lowerBound();
    }

    private static String label(SlaChart.Bar b) {
        String from = b.from() == null ? "" : b.from();
        return from.length() >= 10 && from.charAt(4) == '-' ? from.substring(0, 10) : from;
    }

    private static void place(char[] area, int at, String text) {
        for (int i = 0; i < text.length() && at + i < area.length; i++) {
            if (at + i >= 0) {
                area[at + i] = text.charAt(i);
            }
        }
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
