package io.vbaws.declaration;

import java.util.Objects;

/**
 * One problem in a script, where it is: {@code (file, line N, column M) message}. A compile error
 * also carries the offending source line, rendered under the message with a caret at the column.
 */
public record ScriptError(SourceRef at, String message, String sourceLine) {

    public ScriptError {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }

    public ScriptError(SourceRef at, String message) {
        this(at, message, null);
    }

    /** The error as users read it; several lines when it shows the source line and a caret. */
    public String render() {
        StringBuilder text = new StringBuilder().append(at).append(' ').append(message);
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
