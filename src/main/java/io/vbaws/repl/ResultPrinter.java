package io.vbaws.repl;
import io.vbaws.query.SlaChart;
import io.vbaws.query.SlaCharts;
import io.vbaws.query.QueryResult;
import io.vbaws.query.QueryException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.vbaws.api.model.ApiJson;
import io.vbaws.text.TerminalText;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Prints what a line evaluated to, in the session's format: query results as tables (with their
 * caption, row count and summary), JSON or CSV; charts as bar charts; maps as key and value
 * lines; anything else as its text. Null prints nothing, so assignments stay quiet.
 */
public final class ResultPrinter {
    private final PrintWriter out;
    private final IntSupplier width;
    private final PlainData plain = new PlainData();
    private final ObjectWriter json = ApiJson.newMapper().writerWithDefaultPrettyPrinter();

    /** A printer to {@code out} for a terminal as wide as {@code width} says (asked at every print). */
    public ResultPrinter(PrintWriter out, IntSupplier width) {
        this.out = out;
        this.width = width;
    }

    public void print(Object value, OutputFormat format) {
        String text = render(value, format);
        if (!text.isEmpty()) {
            out.print(printable(text));
        }
        out.flush();
    }

    /**
     * Every line as it may reach a terminal: a control or invisible character in a name from the
     * appliance is written as an escape. Cells are escaped before the table is laid out, so this
     * changes nothing there; it catches what comes from elsewhere (captions, keys, CSV and JSON).
     * JSON stays valid: the escapes are JSON's own {@code \\uXXXX}, inside strings.
     */
    static String printable(String text) {
        StringBuilder s = new StringBuilder();
        text.lines().forEach(line -> s.append(TerminalText.printable(line)).append('\n'));
        return s.toString();
    }

    /** The text {@link #print} would print. */
    public String render(Object value, OutputFormat format) {
        if (value == null) {
            return "";
        }
        return switch (format) {
            case TABLE -> table(value);
            case JSON -> json(value);
            case CSV -> csv(value);
        };
    }

    private String table(Object value) {
        if (value instanceof SlaChart chart) {
            return new ChartRenderer(width.getAsInt()).render(chart);
        }
        if (value instanceof SlaCharts charts) {
            return new ChartRenderer(width.getAsInt()).render(charts);
        }
        TableRenderer tables = new TableRenderer(width.getAsInt());
        if (value instanceof QueryResult result) {
            StringBuilder s = new StringBuilder();
            if (result.getCaption() != null) {
                s.append(result.getCaption()).append('\n');
            }
            Object rows = plain.of(result.rows());
            s.append(result.isEmpty() ? "(no rows)\n" : tables.render(castRows(rows)) + count(result.size()));
            if (result.getSummaryName() != null && !result.getSummary().isEmpty()) {
                s.append(result.getSummaryName()).append(": ").append(result.getSummary().entrySet().stream()
                        .map(e -> e.getKey() + " " + CellText.of(e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", "))).append('\n');
            }
            return s.toString();
        }
        Object p = plain.of(value);
        if (PlainData.isTable(p)) {
            List<Map<String, Object>> rows = castRows(p);
            return tables.render(rows) + count(rows.size());
        }
        if (p instanceof List<?> list) {
            return list.isEmpty() ? "[]" : list.stream().map(ResultPrinter::item).collect(Collectors.joining("\n"));
        }
        if (p instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "[:]";
            }
            int keyWidth = map.keySet().stream().mapToInt(k -> CellText.width(k.toString())).max().orElse(0);
            int valueWidth = Math.max(10, width.getAsInt() - keyWidth - 2);
            return map.entrySet().stream().map(e -> CellText.pad(e.getKey().toString(), keyWidth, false) + "  "
                    + CellText.cut(CellText.of(e.getKey().toString(), e.getValue()), valueWidth))
                    .collect(Collectors.joining("\n"));
        }
        return p.toString();
    }

    private String json(Object value) {
        Object data;
        if (value instanceof SlaChart chart) {
            data = chartData(chart);
        } else if (value instanceof SlaCharts charts) {
            data = charts.charts().stream().map(this::chartData).toList();
        } else if (value instanceof QueryResult result && result.getSummaryName() != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(result.getSummaryName(), plain.of(result.getSummary()));
            m.put("results", plain.of(result.rows()));
            data = m;
        } else {
            data = plain.of(value);
        }
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new QueryException("cannot write the result as JSON: " + e.getOriginalMessage());
        }
    }

    private Map<String, Object> chartData(SlaChart chart) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", chart.policy());
        m.put("targetSla", chart.targetSla());
        m.put("backupType", chart.backupType());
        m.put("scheduleType", chart.scheduleType());
        m.put("periods", plain.of(chart.rows().rows()));
        return m;
    }

    private String csv(Object value) {
        Object rows = value instanceof SlaChart chart ? chart.rows().rows()
                : value instanceof SlaCharts charts ? charts.rows().rows() : value;
        Object p = plain.of(rows);
        if (p instanceof Map<?, ?> map) {
            p = List.of(map);
        }
        if (p instanceof List<?> list) {
            if (list.isEmpty()) {
                return "";
            }
            if (!PlainData.isTable(list)) {
                return "value\n" + list.stream().map(CsvRenderer::field).collect(Collectors.joining("\n"));
            }
            return new CsvRenderer().render(castRows(list));
        }
        return CsvRenderer.field(p);
    }

    /** One item of a list of values, a line each: a scalar as Groovy prints it, a map or list compactly. */
    private static String item(Object v) {
        return v instanceof Map<?, ?> || v instanceof List<?> ? CellText.of("", v) : CellText.oneLine(String.valueOf(v));
    }

    private static String count(int n) {
        return "(" + n + (n == 1 ? " row" : " rows") + ")\n";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castRows(Object rows) {
        return (List<Map<String, Object>>) rows;
    }
}
