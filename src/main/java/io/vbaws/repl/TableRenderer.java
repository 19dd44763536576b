package io.vbaws.repl;

import io.vbaws.query.CsvText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws rows as a table that fits a width: every column as wide as its widest cell, then the
 * ID columns and then the widest text columns narrowed (cells cut with an ellipsis) until the row fits; when even that
 * cannot fit, one block per record ({@code key  value} lines), as psql's expanded view does.
 * Numbers are right-aligned.
 */
final class TableRenderer {
    static final String GAP = "  ";
    /** A text column is not narrowed below this, so that what is left of it still says something. */
    static final int MIN_TEXT_WIDTH = 8;

    private final int width;

    /** A renderer for a terminal {@code width} columns wide ({@link Integer#MAX_VALUE}: no limit). */
    TableRenderer(int width) {
        this.width = width <= 0 ? 80 : width;
    }

    String render(List<? extends Map<?, ?>> rows) {
        List<String> columns = CsvText.columns(rows);
        if (columns.isEmpty()) {
            return "";
        }
        int n = columns.size();
        String[][] cells = new String[rows.size()][n];
        int[] natural = new int[n];
        boolean[] numeric = new boolean[n];
        java.util.Arrays.fill(numeric, true);
        boolean[] seen = new boolean[n];
        int[] widestCell = new int[n];
        for (int c = 0; c < n; c++) {
            natural[c] = CellText.width(CellText.oneLine(columns.get(c)));
        }
        for (int r = 0; r < rows.size(); r++) {
            Map<?, ?> row = rows.get(r);
            for (int c = 0; c < n; c++) {
                Object v = row.get(columns.get(c));
                cells[r][c] = CellText.of(columns.get(c), v);
                natural[c] = Math.max(natural[c], CellText.width(cells[r][c]));
                widestCell[c] = Math.max(widestCell[c], CellText.width(cells[r][c]));
                if (v != null) {
                    seen[c] = true;
                    numeric[c] &= CellText.isNumeric(v);
                }
            }
        }
        for (int c = 0; c < n; c++) {
            numeric[c] &= seen[c];
        }
        int[] widths = fit(columns, natural, widestCell, numeric);
        if (widths == null) {
            return expanded(columns, cells);
        }
        StringBuilder out = new StringBuilder();
        line(out, columns.stream().map(CellText::oneLine).toArray(String[]::new), widths, numeric);
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths, new boolean[n]);
        for (String[] row : cells) {
            line(out, row, widths, numeric);
        }
        return out.toString();
    }

    /** Column widths that fit, or null when even the narrowest allowed do not. */
    private int[] fit(List<String> columns, int[] natural, int[] widestCell, boolean[] numeric) {
        int n = natural.length;
        int[] w = natural.clone();
        long total = total(w);
        if (total <= width) {
            return w;
        }
        int[] min = new int[n];
        for (int c = 0; c < n; c++) {
            // A number is never cut (its header may be); text keeps enough to be recognised.
            min[c] = numeric[c] ? Math.max(widestCell[c], Math.min(natural[c], MIN_TEXT_WIDTH))
                    : Math.min(natural[c], MIN_TEXT_WIDTH);
        }
        if (total(min) > width) {
            return null;
        }
        // IDs go first: a cut name is still recognisable, a cut UUID was never read anyway.
        for (int c = 0; c < n && total > width; c++) {
            if (isId(columns.get(c))) {
                int cut = (int) Math.min(w[c] - min[c], total - width);
                w[c] -= cut;
                total -= cut;
            }
        }
        while (total > width) {
            int widest = -1;
            for (int c = 0; c < n; c++) {
                if (w[c] > min[c] && (widest < 0 || w[c] > w[widest])) {
                    widest = c;
                }
            }
            w[widest]--;
            total--;
        }
        return w;
    }

    private static boolean isId(String column) {
        return column.equals("id") || column.endsWith("Id");
    }

    private static long total(int[] w) {
        long t = (long) GAP.length() * (w.length - 1);
        for (int x : w) {
            t += x;
        }
        return t;
    }

    private static void line(StringBuilder out, String[] values, int[] widths, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                l.append(GAP);
            }
            l.append(CellText.pad(CellText.cut(values[c], widths[c]), widths[c], right[c]));
        }
        out.append(stripTrailing(l)).append('\n');
    }

    private String expanded(List<String> columns, String[][] cells) {
        int keyWidth = columns.stream().mapToInt(c -> CellText.width(CellText.oneLine(c))).max().orElse(0);
        keyWidth = Math.min(keyWidth, Math.max(MIN_TEXT_WIDTH, width / 2));
        int valueWidth = Math.max(1, width - keyWidth - GAP.length());
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.length; r++) {
            String head = "-[ " + (r + 1) + " ]";
            out.append(head).append("-".repeat(Math.max(0, Math.min(width, keyWidth + GAP.length() + 20)
                    - head.length()))).append('\n');
            for (int c = 0; c < columns.size(); c++) {
                StringBuilder l = new StringBuilder(CellText.pad(CellText.cut(CellText.oneLine(columns.get(c)), keyWidth), keyWidth,
                        false))
                        .append(GAP).append(CellText.cut(cells[r][c], valueWidth));
                out.append(stripTrailing(l)).append('\n');
            }
        }
        return out.toString();
    }


    private static String stripTrailing(StringBuilder s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
