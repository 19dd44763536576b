package io.vbaws.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.declaration.SourceRef;
import io.vbaws.plan.PlanException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Prints the problems of a run's scripts: for people, one per entry and a count on stderr, no stack
 * trace; for machines ({@code --json}), one document on stdout with every diagnostic, in the manner
 * of {@code terraform validate -json} (schema in {@code docs/plan-json.md}).
 */
final class ScriptErrorReport {
    /** The place of a problem that no one script line holds. */
    private static final SourceRef NOWHERE = new SourceRef(null, 0, 0);

    private ScriptErrorReport() {
    }

    /** The errors of a failed run, with the warnings found beside them. */
    static int print(ScriptErrors failure, int files, PrintWriter err) {
        for (ScriptError error : failure.errors()) {
            err.println(error.render());
        }
        long errors = failure.errorCount();
        long warnings = failure.errors().size() - errors;
        err.println(count(files, "file", "files") + ": " + count((int) errors, "error", "errors")
                + (warnings == 0 ? "" : ", " + count((int) warnings, "warning", "warnings")) + ".");
        err.flush();
        return ExitCode.ERROR;
    }

    /** The warnings of a run that goes on, one per entry, on stderr. */
    static void warn(List<ScriptError> warnings, PrintWriter err) {
        warnings.forEach(w -> err.println(w.render()));
        err.flush();
    }

    /** The diagnostics document of a failed run, on stdout. */
    static int printJson(ScriptErrors failure, PrintWriter out) {
        out.println(json(failure.errors(), null));
        out.flush();
        return ExitCode.ERROR;
    }

    /**
     * A refused plan as the diagnostics document, on stdout: an error per problem, at no script
     * line (file null, line 0), since what is wrong is on the appliance or across the scripts.
     */
    static int printJson(PlanException refusal, PrintWriter out) {
        List<ScriptError> errors = refusal.problems().stream()
                .map(problem -> new ScriptError(NOWHERE, problem))
                .toList();
        out.println(json(errors, null));
        out.flush();
        return ExitCode.ERROR;
    }

    /**
     * The diagnostics document: {@code valid}, the counts, and each diagnostic with its file, line,
     * column, severity, message and suggestion. {@code summary} adds members for a valid run.
     */
    static String json(List<ScriptError> diagnostics, ObjectNode summary) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format_version", "1");
        long errors = diagnostics.stream().filter(ScriptError::isError).count();
        root.put("valid", errors == 0);
        root.put("error_count", errors);
        root.put("warning_count", diagnostics.size() - errors);
        if (summary != null) {
            root.setAll(summary);
        }
        root.set("diagnostics", diagnostics(diagnostics));
        try {
            ObjectMapper mapper = JsonMapper.builder().build();
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each diagnostic as an object of the document. */
    static ArrayNode diagnostics(List<ScriptError> diagnostics) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (ScriptError d : diagnostics) {
            ObjectNode node = list.addObject();
            node.put("severity", d.severity().word());
            node.put("file", d.at().file());
            node.put("line", d.at().line());
            node.put("column", d.at().column());
            node.put("message", d.message());
            node.put("suggestion", d.suggestions().isEmpty() ? null : d.suggestions().get(0));
            ArrayNode suggestions = node.putArray("suggestions");
            d.suggestions().forEach(suggestions::add);
            node.put("source_line", d.sourceLine());
        }
        return list;
    }

    static ObjectNode summary() {
        return JsonNodeFactory.instance.objectNode();
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
