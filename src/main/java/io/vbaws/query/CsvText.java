package io.vbaws.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rows as CSV (RFC 4180 quoting, LF line ends): a header of every column, then the values, quoted where they must be. */
public final class CsvText {
    private CsvText() {
    }

    /** The CSV of {@code rows}; {@code cell} turns a value into its text (null: empty). */
    public static String of(List<? extends Map<?, ?>> rows, java.util.function.Function<Object, String> cell) {
        List<String> columns = columns(rows);
        StringBuilder out = new StringBuilder();
        record(out, new ArrayList<>(columns));
        for (Map<?, ?> row : rows) {
            List<String> values = new ArrayList<>();
            columns.forEach(c -> values.add(row.get(c) == null ? "" : cell.apply(row.get(c))));
            record(out, values);
        }
        return out.toString();
    }

    /** The union of the rows' keys, in the order they first appear. */
    public static List<String> columns(List<? extends Map<?, ?>> rows) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<?, ?> row : rows) {
            row.keySet().forEach(k -> keys.add(String.valueOf(k)));
        }
        return new ArrayList<>(keys);
    }

    /** One field, quoted when it holds a comma, a quote or a line break. */
    public static String field(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static void record(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append('\n');
    }
}
