package io.vbaws.repl;
import io.vbaws.query.FilterValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion at the prompt: {@code :commands} and their arguments; function and variable
 * names in code; and inside a string, the appliance's names that fit where the string is (a
 * policy for the first argument of a policy function, an instance for the second of
 * {@code sessions}, a region code for {@code region:}, a filter value for {@code status:}), or
 * every policy, instance, region and template name elsewhere.
 */
public final class ReplCompleter implements Completer {
    /** The commands, as typed. */
    public static final List<String> COMMANDS = List.of(":help", ":format", ":load", ":save", ":vars", ":reset", ":refresh",
            ":quit", ":exit");

    private final ReplParser parser = new ReplParser();
    private final CompletionInventory inventory;
    private final Supplier<Collection<String>> variables;
    private final HelpText help;
    private final Path workingDirectory;

    public ReplCompleter(CompletionInventory inventory, Supplier<Collection<String>> variables, HelpText help,
            Path workingDirectory) {
        this.inventory = inventory;
        this.variables = variables;
        this.help = help;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        ReplParsedLine parsed = line instanceof ReplParsedLine p ? p : parser.parsed(line.line(), line.cursor());
        candidates.addAll(candidates(parsed));
    }

    /** The candidates for a line, whatever their prefix (JLine keeps those that match the word). */
    public List<Candidate> candidates(ReplParsedLine line) {
        List<Candidate> out = new ArrayList<>();
        if (line.command()) {
            commandCandidates(line, out);
        } else if (line.scan().inString()) {
            stringCandidates(line.scan(), out);
        } else {
            for (String f : QueryScript.FUNCTIONS) {
                String value = f.equals("policies") ? "policies()" : f + "(";
                out.add(new Candidate(value, f, "functions", null, null, null, false));
            }
            for (String v : variables.get()) {
                out.add(new Candidate(v, v, "variables", null, null, null, true));
            }
        }
        return out;
    }

    private void commandCandidates(ReplParsedLine line, List<Candidate> out) {
        String typed = line.line().substring(0, line.cursor()).stripLeading();
        int space = typed.indexOf(' ');
        if (space < 0) {
            COMMANDS.forEach(c -> out.add(new Candidate(c, c, "commands", null, null, null, true)));
            return;
        }
        String command = typed.substring(0, space);
        switch (command) {
            case ":format" -> Stream.of(OutputFormat.values())
                    .forEach(f -> out.add(new Candidate(f.toString(), f.toString(), "formats", null, null, null, true)));
            case ":help" -> help.topics()
                    .forEach(t -> out.add(new Candidate(t, t, "topics", null, null, null, true)));
            case ":load" -> {
                SavedQueries saved = new SavedQueries();
                SavedQueries.NAMES.forEach(n -> out.add(new Candidate(n, n, "saved queries", saved.summary(n), null,
                        null, true)));
                files(line.word(), out);
            }
            default -> {
            }
        }
    }

    private void files(String word, List<Candidate> out) {
        int slash = word.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : word.substring(0, slash + 1);
        Path dir = workingDirectory.resolve(dirPart.isEmpty() ? "." : dirPart);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    out.add(new Candidate(dirPart + name + "/", name + "/", "files", null, null, null, false));
                } else if (name.endsWith(".groovy")) {
                    out.add(new Candidate(dirPart + name, name, "files", null, null, null, true));
                }
            });
        } catch (IOException e) {
            // An unreadable directory offers no files; completion must never break the prompt.
        }
    }

    private void stringCandidates(InputScan scan, List<Candidate> out) {
        String key = scan.namedKey();
        if (key != null) {
            switch (key) {
                case "region" -> names(inventory.names().regions(), "regions", scan.quote(), out);
                case "status" -> names(FilterValue.STATUS.canonicalValues(), "status", scan.quote(), out);
                case "backupType" -> names(FilterValue.BACKUP_TYPE.canonicalValues(), "backupType", scan.quote(), out);
                case "scheduleType" -> names(FilterValue.SCHEDULE_TYPE.canonicalValues(), "scheduleType", scan.quote(),
                        out);
                case "search" -> names(inventory.names().instances(), "instances", scan.quote(), out);
                default -> {
                }
            }
            return;
        }
        InventoryNames names = inventory.names();
        String call = scan.call();
        if (call != null && QueryScript.POLICY_FUNCTIONS.contains(call) && scan.argument() == 0) {
            names(names.policies(), "policies", scan.quote(), out);
        } else if ("sessions".equals(call) && scan.argument() == 1) {
            names(names.instances(), "instances", scan.quote(), out);
        } else {
            names(names.policies(), "policies", scan.quote(), out);
            names(names.instances(), "instances", scan.quote(), out);
            names(names.regions(), "regions", scan.quote(), out);
            names(names.templates(), "templates", scan.quote(), out);
        }
    }

    /** Each name as a candidate that closes the string it completes. */
    private static void names(Collection<String> names, String group, char quote, List<Candidate> out) {
        Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (seen.add(n)) {
                out.add(new Candidate(escape(n, quote) + quote, n, group, null, null, null, false));
            }
        }
    }

    private static String escape(String name, char quote) {
        String s = name.replace("\\", "\\\\").replace(String.valueOf(quote), "\\" + quote);
        return quote == '"' ? s.replace("$", "\\$") : s;
    }
}
