package io.vbaws.repl;

import io.vbaws.text.TerminalText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * How one value reads in a table cell: percents (fields named {@code ...Percent}, and
 * {@code targetSla} with policies()' per-type figures) with one decimal, costs with two, other decimals without trailing zeros,
 * absent values empty.
 */
final class CellText {
    /** Percent fields whose names do not end in Percent: the template's target and policies()' figures. */
    private static final java.util.Set<String> PERCENT_COLUMNS = java.util.Set.of("targetSla", "snapshotSla",
            "replicaSla", "backupSla", "archiveSla");
    private CellText() {
    }

    static String of(String column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n && isPercent(column)) {
            return String.format(Locale.ROOT, "%.1f", n.doubleValue());
        }
        if (value instanceof Number n && isMoney(column)) {
            return new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Number n && !(value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof java.math.BigInteger)) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Double.toString(d);
            }
            return new BigDecimal(n.toString()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> oneLine(String.valueOf(e.getKey())) + "="
                    + of(String.valueOf(e.getKey()), e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Iterable<?> it) {
            return StreamSupport.stream(it.spliterator(), false).map(v -> of(column, v))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return oneLine(value.toString());
    }

    /** Whether values of this column are right-aligned: they are all numbers. */
    static boolean isNumeric(Object value) {
        return value instanceof Number;
    }

    static boolean isPercent(String column) {
        return column != null && (column.endsWith("Percent") || PERCENT_COLUMNS.contains(column));
    }

    static boolean isMoney(String column) {
        return column != null && column.endsWith("Cost");
    }

    /**
     * Line breaks and tabs would break the table's grid; other controls and invisible characters
     * would act on the terminal, so they are written as escapes before widths are measured.
     */
    static String oneLine(String s) {
        return TerminalText.printable(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
    }

    /** Display width in terminal columns (code points; the estate's names are not wide characters). */
    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s} cut to {@code width} columns, with an ellipsis where it was cut. */
    static String cut(String s, int width) {
        if (width(s) <= width) {
            return s;
        }
        if (width <= 1) {
            return width == 1 ? "…" : "";
        }
        int end = s.offsetByCodePoints(0, width - 1);
        return s.substring(0, end) + "…";
    }

    static String pad(String s, int width, boolean right) {
        int gap = width - width(s);
        if (gap <= 0) {
            return s;
        }
        return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
    }
}
