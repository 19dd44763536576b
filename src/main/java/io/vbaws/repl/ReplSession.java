package io.vbaws.repl;
import io.vbaws.query.QueryFunctions;
import io.vbaws.query.SlaQueries;
import io.vbaws.query.QueryException;

import io.vbaws.text.NameSuggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.codehaus.groovy.runtime.StackTraceUtils;

/**
 * One REPL session: runs each input (a {@code :command} or Groovy), prints its result in the
 * session's format or one {@code error:} line, and keeps the variables and the format between
 * inputs. The prompt and the non-interactive modes both drive it.
 */
public final class ReplSession {
    private final CompletionInventory inventory;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ResultPrinter printer;
    private final GroovyEvaluator evaluator;
    private final HelpText help = HelpText.bundled();
    private final SavedQueries saved = new SavedQueries();
    private final boolean debug;
    private final Path workingDirectory;
    private volatile OutputFormat format;
    private volatile boolean quit;
    private volatile String lastInput;

    /** A session printing results to {@code out} and errors to {@code err}, tables {@code width} wide. */
    public ReplSession(SlaQueries queries, CompletionInventory inventory, ReplSettings settings, PrintWriter out,
            PrintWriter err, IntSupplier width) {
        this.inventory = inventory;
        this.out = out;
        this.err = err;
        this.printer = new ResultPrinter(out, width);
        this.format = settings.format();
        this.debug = settings.debug();
        this.workingDirectory = settings.workingDirectory();
        this.evaluator = new GroovyEvaluator(new ScriptServices(new QueryFunctions(queries),
                v -> printer.print(v, format)), out);
    }

    /**
     * Runs one input and prints what it gives. Returns whether it succeeded; a failure has printed
     * its one line, and the session goes on. An input stopped by Ctrl-C prints nothing.
     */
    public boolean run(String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            return true;
        }
        try {
            if (text.startsWith(":")) {
                return command(text);
            }
            Object value = evaluator.evaluate(input);
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            evaluator.remember(value);
            lastInput = text;
            printer.print(value, format);
            return true;
        } catch (Throwable t) {
            // Whatever the user's Groovy throws, the session must survive it and say what happened.
            return fail(t);
        }
    }

    /** Whether {@code :quit} was given. */
    public boolean quitRequested() {
        return quit;
    }

    /** The current output format. */
    public OutputFormat format() {
        return format;
    }

    /** The names of the session's variables, for completion. */
    public Collection<String> variableNames() {
        return evaluator.variables().keySet();
    }

    /** The help of this session. */
    public HelpText help() {
        return help;
    }

    private boolean fail(Throwable t) {
        if (ErrorLine.isInterruption(t) || Thread.currentThread().isInterrupted()) {
            return false;
        }
        err.println("error: " + ErrorLine.of(t, new ArrayList<>(evaluator.variables().keySet())));
        if (debug) {
            StackTraceUtils.deepSanitize(t).printStackTrace(err);
        }
        err.flush();
        return false;
    }

    private boolean command(String text) {
        int space = text.indexOf(' ');
        String name = space < 0 ? text : text.substring(0, space);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        switch (name) {
            case ":help", ":h", ":?" -> help(argument);
            case ":format", ":f" -> {
                if (!argument.isEmpty()) {
                    format = OutputFormat.named(argument);
                }
                note("format: " + format);
            }
            case ":load", ":l" -> {
                return load(argument);
            }
            case ":save", ":s" -> save(argument);
            case ":vars" -> vars();
            case ":reset" -> {
                evaluator.reset();
                note("variables forgotten");
            }
            case ":refresh" -> refresh();
            case ":quit", ":exit", ":q" -> quit = true;
            default -> {
                List<String> near = new NameSuggestions(2).closest(name, ReplCompleter.COMMANDS);
                throw new QueryException("unknown command " + name + "; "
                        + (near.isEmpty() ? "commands: " + String.join(" ", ReplCompleter.COMMANDS)
                                : "closest: " + String.join(", ", near)));
            }
        }
        return true;
    }

    private void help(String topic) {
        if (topic.isEmpty()) {
            say(help.overview());
            return;
        }
        String text = help.topic(topic);
        if (text == null) {
            List<String> near = new NameSuggestions(3).closest(topic, help.topics());
            throw new QueryException("no help on '" + topic + "'"
                    + (near.isEmpty() ? "; :help lists the functions and commands" : "; closest: " + String.join(", ", near)));
        }
        say(text);
    }

    private boolean load(String argument) {
        String name = argument.replaceAll("^[\"']|[\"']$", "");
        if (name.isEmpty()) {
            StringBuilder s = new StringBuilder("saved queries (:load NAME):\n");
            for (String n : SavedQueries.NAMES) {
                s.append(String.format("  %-20s %s%n", n, saved.summary(n)));
            }
            say(s.toString().stripTrailing());
            return true;
        }
        String code;
        String source;
        Path file = file(name);
        if (file != null && !Files.isRegularFile(file) && !name.endsWith(".groovy")) {
            Path saved = file(name + ".groovy");
            file = saved != null && Files.isRegularFile(saved) ? saved : file;
        }
        if (file != null && Files.isRegularFile(file)) {
            try {
                code = Files.readString(file);
            } catch (IOException e) {
                throw new QueryException("cannot read " + file + ": " + e.getMessage());
            }
            source = file.getFileName().toString();
        } else {
            code = saved.text(name);
            source = name;
            if (code == null) {
                throw new QueryException("no file " + name + ", and no saved query of that name; :load lists them");
            }
        }
        Object value = evaluator.evaluate(code, source);
        if (Thread.currentThread().isInterrupted()) {
            return false;
        }
        evaluator.remember(value);
        lastInput = code.strip();
        printer.print(value, format);
        return true;
    }

    /** Writes the last query that ran to NAME.groovy in the working directory, so :load NAME runs it again. */
    private void save(String argument) {
        String name = argument.replaceAll("^[\"']|[\"']$", "").replaceAll("\\.groovy$", "");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new QueryException(name.isEmpty() ? "name the query: :save NAME"
                    : "a saved query's name is letters, digits, '.', '_' and '-', not '" + name + "'");
        }
        if (lastInput == null) {
            throw new QueryException("no query has run yet; run one, then :save " + name);
        }
        Path file = workingDirectory.resolve(name + ".groovy");
        try {
            Files.writeString(file, "// " + CellText.oneLine(lastInput) + "\n// :load " + name + "\n" + lastInput + "\n");
        } catch (IOException e) {
            throw new QueryException("cannot write " + file + ": " + e.getMessage());
        }
        note("saved to " + file + "; :load " + name + " runs it");
    }

    private Path file(String name) {
        try {
            String expanded = name.startsWith("~/") ? System.getProperty("user.home") + name.substring(1) : name;
            return workingDirectory.resolve(expanded);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void vars() {
        Map<String, Object> vars = evaluator.variables();
        if (vars.isEmpty()) {
            say("no variables yet: x = instances(\"policy\") keeps one");
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        vars.forEach((k, v) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", k);
            row.put("type", v == null ? "null" : v.getClass().getSimpleName());
            row.put("value", v instanceof Collection<?> c ? c.size() + " items" : v instanceof Map<?, ?> m
                    ? m.size() + " entries" : String.valueOf(v));
            rows.add(row);
        });
        printer.print(rows, OutputFormat.TABLE);
    }

    private void refresh() {
        inventory.refresh();
        InventoryNames n = inventory.names();
        note("names reloaded: " + n.policies().size() + " policies, " + n.instances().size() + " instance names, "
                + n.regions().size() + " regions, " + n.templates().size() + " templates");
    }

    /** A confirmation, not a result: on the error stream, so a script's output stays pure JSON or CSV. */
    private void note(String text) {
        err.println(text);
        err.flush();
    }

    private void say(String text) {
        out.println(text);
        out.flush();
    }
}
