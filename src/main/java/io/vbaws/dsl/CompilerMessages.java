package io.vbaws.dsl;

import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SimpleMessage;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Turns the Groovy compiler's messages about one script into script errors: file, line and column
 * as Groovy knows them, the message without Groovy's own "@ line" suffix, and the offending line
 * for the caret.
 */
final class CompilerMessages {

    private final ScriptSource source;
    private final String[] lines;

    CompilerMessages(ScriptSource source) {
        this.source = source;
        this.lines = source.text().split("\r\n|\r|\n", -1);
    }

    List<ScriptError> errors(CompilationFailedException failure) {
        List<ScriptError> errors = new ArrayList<>();
        if (failure instanceof MultipleCompilationErrorsException multiple && multiple.getErrorCollector().getErrors() != null) {
            for (Message message : multiple.getErrorCollector().getErrors()) {
                errors.add(error(message));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new ScriptError(SourceRef.ofFile(source.name()), clean(failure.getMessage())));
        }
        return errors;
    }

    private ScriptError error(Message message) {
        if (message instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            int line = Math.max(cause.getLine(), 0);
            int column = Math.max(cause.getStartColumn(), 0);
            String text = explain(clean(cause.getOriginalMessage()), lineText(line), column);
            return new ScriptError(new SourceRef(source.name(), line, column), text, lineText(line));
        }
        if (message instanceof ExceptionMessage exception) {
            Exception cause = exception.getCause();
            String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            if (cause instanceof SecurityException) {
                text = "not allowed in a policy script: " + text;
            }
            return new ScriptError(SourceRef.ofFile(source.name()), clean(text));
        }
        if (message instanceof SimpleMessage simple) {
            return new ScriptError(SourceRef.ofFile(source.name()), clean(simple.getMessage()));
        }
        return new ScriptError(SourceRef.ofFile(source.name()), clean(String.valueOf(message)));
    }

    /**
     * Groovy's parser says "Unexpected input: '...'" quoting a whole region; what a user needs is the
     * token at the caret and what was expected instead.
     */
    private static String explain(String message, String lineText, int column) {
        if (lineText == null || column < 1 || column > lineText.length()) {
            return message;
        }
        char at = lineText.charAt(column - 1);
        if (message.startsWith("Unexpected input")) {
            return switch (at) {
                case '{' -> "this '{' is never closed: expected a '}' to end its block (or a missing ']' or ')' inside it)";
                case '}' -> "unexpected '}': one '}' too many, or a '{' missing before it";
                case ')' -> "unexpected ')': one ')' too many, or a '(' missing before it";
                case ']' -> "unexpected ']': one ']' too many, or a '[' missing before it";
                default -> "unexpected " + token(lineText, column - 1) + ": expected a setting such as regions \"us-east-1\" "
                        + "or the end of the statement";
            };
        }
        if (message.startsWith("Unexpected character: '\"'") || message.startsWith("Unexpected character: '\''")) {
            return "text that is never closed: expected a closing " + at + " on the same line";
        }
        return message;
    }

    private static String token(String line, int start) {
        int end = start;
        while (end < line.length() && Character.isJavaIdentifierPart(line.charAt(end))) {
            end++;
        }
        return "'" + (end > start ? line.substring(start, end) : String.valueOf(line.charAt(start))) + "'";
    }

    private String lineText(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    /** Groovy's text, less its location suffix and prefixes, on one line. */
    private static String clean(String message) {
        if (message == null) {
            return "compilation failed";
        }
        String text = message.replaceAll("\\s*@ line \\d+, column \\d+\\.?\\s*$", "")
                .replace("[Static type checking] - ", "type check: ")
                .replaceAll("\\s+", " ")
                .trim();
        if (text.startsWith("General error during ")) {
            text = text.replaceFirst("General error during [a-z ]+: ", "");
        }
        return text;
    }
}
