package io.vbaws.declaration;

import java.util.List;
import java.util.Objects;

/**
 * One problem in a script, where it is: {@code (file, line N, column M) message}. An error fails the
 * run; a warning is printed and the run goes on. A compile error also carries the offending source
 * line, rendered under the message with a caret at the column. A "did you mean" carries its
 * candidates apart from the message, so machines read them without parsing prose.
 *
 * @param at where the problem is
 * @param message what is wrong, without the suggestions
 * @param sourceLine the script's line, to show under the message; null when not shown
 * @param severity whether the run fails
 * @param suggestions the closest existing names, best first; empty when there are none
 */
public record ScriptError(SourceRef at, String message, String sourceLine, Severity severity, List<String> suggestions) {

    /** Whether a problem fails the run. */
    public enum Severity {
        ERROR, WARNING;

        /** {@code error} or {@code warning}, as JSON and text write it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ScriptError {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public ScriptError(SourceRef at, String message, String sourceLine) {
        this(at, message, sourceLine, Severity.ERROR, List.of());
    }

    public ScriptError(SourceRef at, String message) {
        this(at, message, null);
    }

    /** An error with the names the user may have meant. */
    public static ScriptError withSuggestions(SourceRef at, String message, List<String> suggestions) {
        return new ScriptError(at, message, null, Severity.ERROR, suggestions);
    }

    /** A warning: printed, and the run goes on. */
    public static ScriptError warning(SourceRef at, String message, List<String> suggestions) {
        return new ScriptError(at, message, null, Severity.WARNING, suggestions);
    }

    /** Whether this problem fails the run. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message and its "did you mean", as one sentence. */
    public String fullMessage() {
        if (suggestions.isEmpty()) {
            return message;
        }
        return message + (suggestions.size() == 1
                ? "; did you mean \"" + suggestions.get(0) + "\"?"
                : "; did you mean one of " + String.join(", ", suggestions.stream().map(s -> "\"" + s + "\"").toList()) + "?");
    }

    /** The problem as users read it; several lines when it shows the source line and a caret. */
    public String render() {
        StringBuilder text = new StringBuilder().append(at).append(' ');
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        text.append(fullMessage());
        if (sourceLine != null && !sourceLine.isBlank()) {
            String shown = sourceLine.replace('\t', ' ');
            text.append(System.lineSeparator()).append("    ").append(shown);
            if (at.column() > 0 && at.column() <= shown.length() + 1) {
                text.append(System.lineSeparator()).append("    ").append(" ".repeat(at.column() - 1)).append('^');
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
