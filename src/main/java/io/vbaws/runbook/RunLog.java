package io.vbaws.runbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.ApiJson;
import io.vbaws.text.TerminalText;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a runbook says while it runs, bound in as {@code log}: human lines on the error stream, or,
 * for schedulers ({@code --json}), one JSON object per line on standard output. Every line is
 * terminal-safe.
 */
public final class RunLog {
    private final PrintWriter human;
    private final PrintWriter json;
    private final Clock clock;
    private final ObjectMapper mapper = ApiJson.newMapper();

    /** A log to {@code human}, and also as JSON lines to {@code json} when it is not null. */
    public RunLog(PrintWriter human, PrintWriter json, Clock clock) {
        this.human = human;
        this.json = json;
        this.clock = clock;
    }

    public void info(Object message) {
        line("info", "", message);
    }

    public void warn(Object message) {
        line("warn", "warning: ", message);
    }

    public void error(Object message) {
        line("error", "error: ", message);
    }

    /** One write, made or (dry run) only shown. */
    void write(RunbookWrite write, boolean dryRun, String outcome) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", write.method());
        fields.put("policy", write.policy());
        fields.put("change", write.change());
        fields.put("dryRun", dryRun);
        fields.put("outcome", outcome);
        emit("write", fields, (dryRun ? "would " : "") + write.describe() + (dryRun ? "" : ": " + outcome));
    }

    /** The last line of a run: writes made, failures, exit code. */
    public void summary(RunSummary summary) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("writes", summary.writes());
        fields.put("failures", summary.failures());
        fields.put("exitCode", summary.exitCode());
        fields.put("dryRun", summary.dryRun());
        emit("summary", fields, summary.line());
    }

    private void line(String level, String prefix, Object message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("level", level);
        fields.put("message", String.valueOf(message));
        emit("log", fields, prefix + message);
    }

    private synchronized void emit(String type, Map<String, Object> fields, String text) {
        if (json != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("type", type);
            object.put("time", clock.instant().toString());
            object.putAll(fields);
            try {
                json.println(TerminalText.printable(mapper.writeValueAsString(object)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a log line cannot be written as JSON", e);
            }
            json.flush();
        }
        text.lines().forEach(l -> human.println(TerminalText.printable(l)));
        human.flush();
    }
}
