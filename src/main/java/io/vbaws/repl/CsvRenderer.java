package io.vbaws.repl;

import io.vbaws.query.CsvText;
import java.util.List;
import java.util.Map;

/** Writes rows as CSV ({@link CsvText}): values unrounded, lists and maps as a table cell shows them. */
final class CsvRenderer {

    String render(List<? extends Map<?, ?>> rows) {
        return CsvText.of(rows, CsvRenderer::text);
    }

    static String field(Object value) {
        return value == null ? "" : CsvText.field(text(value));
    }

    private static String text(Object value) {
        return value instanceof Map<?, ?> || value instanceof Iterable<?> ? CellText.of("", value) : value.toString();
    }
}
