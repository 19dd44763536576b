package io.vbaws.repl;

import java.util.List;
import java.util.Map;

/** Writes rows as CSV (RFC 4180 quoting, LF line ends): a header of every key, values unrounded, quoted where they must be. */
final class CsvRenderer {

    String render(List<? extends Map<?, ?>> rows) {
        List<String> columns = TableRenderer.columns(rows);
        StringBuilder out = new StringBuilder();
        record(out, columns.stream().map(c -> (Object) c).toList());
        for (Map<?, ?> row : rows) {
            record(out, columns.stream().map(c -> (Object) row.get(c)).toList());
        }
        return out.toString();
    }

    private static void record(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append('\n');
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Map<?, ?> || value instanceof Iterable<?> ? CellText.of("", value) : value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
