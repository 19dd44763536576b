package io.vbaws.dsl;

import java.util.Set;

/**
 * Writes each one-line command with named arguments, {@code include tags: [env: "prod"]}, as the
 * call it is, {@code include(tags: [env: "prod"])}, before Groovy parses a script: the same AST,
 * found about twenty times faster, because Groovy's parser (5.0) predicts such a command inside a
 * closure by simulation every time instead of from its cache. The opening parenthesis replaces the
 * space after the word and the closing one goes at the end of the line, so every line and column
 * before the end of the command stays where it was. Only a line that holds the whole command and
 * nothing else is written: no brace, semicolon, comment or interpolation outside or inside quotes,
 * every bracket and quote closed, and no next line that could continue it.
 */
final class CommandCalls {

    private static final Set<String> KEYWORDS = Set.of("as", "assert", "break", "case", "catch", "class", "continue", "def",
            "default", "do", "else", "enum", "extends", "final", "finally", "for", "if", "import", "in", "instanceof",
            "interface", "new", "package", "return", "static", "switch", "throw", "throws", "trait", "try", "var", "while",
            "yield", "record", "sealed", "non-sealed", "permits", "this", "super", "true", "false", "null");

    private CommandCalls() {
    }

    /** {@code text} with its one-line commands written as calls; the same text when there are none. */
    static String parenthesize(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = null;
        for (int i = 0; i < lines.length; i++) {
            String rewritten = rewrite(lines[i], nextNonBlank(lines, i + 1));
            if (rewritten != null && out == null) {
                out = new StringBuilder(text.length() + 64);
                for (int j = 0; j < i; j++) {
                    out.append(lines[j]).append('\n');
                }
            }
            if (out != null) {
                out.append(rewritten != null ? rewritten : lines[i]);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    /** The line as a call, or null when it is not a one-line command. */
    private static String rewrite(String line, String next) {
        String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int start = 0;
        while (start < body.length() && (body.charAt(start) == ' ' || body.charAt(start) == '\t')) {
            start++;
        }
        int wordEnd = identifierEnd(body, start);
        if (wordEnd == start || wordEnd >= body.length() || body.charAt(wordEnd) != ' '
                || KEYWORDS.contains(body.substring(start, wordEnd))) {
            return null;
        }
        int argsStart = wordEnd;
        while (argsStart < body.length() && body.charAt(argsStart) == ' ') {
            argsStart++;
        }
        int end = body.length();
        while (end > argsStart && (body.charAt(end - 1) == ' ' || body.charAt(end - 1) == '\t')) {
            end--;
        }
        int labelEnd = identifierEnd(body, argsStart);
        boolean named = labelEnd > argsStart && labelEnd + 1 < end && body.charAt(labelEnd) == ':' && body.charAt(labelEnd + 1) == ' ';
        if (!(named ? wholeOnOneLine(body, labelEnd + 1, end) : plainArguments(body, argsStart, end)) || continues(next)) {
            return null;
        }
        return body.substring(0, wordEnd) + "(" + body.substring(wordEnd + 1, end) + ")" + body.substring(end)
                + (line.endsWith("\r") ? "\r" : "");
    }

    /**
     * Whether {@code text[from, to)} is a whole line's worth of plain arguments, each one string,
     * number, name ({@code true}, {@code system}, {@code a.b}) or, after the first, list: the
     * first may not start with a bracket ({@code word [1]} is an index) or an operator
     * ({@code word -1} is a subtraction), and none holds a space outside quotes and brackets, so
     * none is an expression whose operators could bind differently inside parentheses.
     */
    private static boolean plainArguments(String text, int from, int to) {
        if (!wholeOnOneLine(text, from, to)) {
            return false;
        }
        int depth = 0;
        char quote = 0;
        boolean itemStart = true;
        boolean first = true;
        boolean closedString = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                    closedString = depth == 0;
                }
                continue;
            }
            if (depth > 0) {
                if (c == '[' || c == '(') {
                    depth++;
                } else if (c == ']' || c == ')') {
                    depth--;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                }
                continue;
            }
            if (c == ',') {
                if (itemStart) {
                    return false;
                }
                itemStart = true;
                first = false;
                closedString = false;
                while (i + 1 < to && text.charAt(i + 1) == ' ') {
                    i++;
                }
                continue;
            }
            if (closedString) {
                return false; // only a comma may follow a string
            }
            if (itemStart) {
                itemStart = false;
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '[' && !first) {
                    depth++;
                } else if (!Character.isLetterOrDigit(c) || c == '$') {
                    return false;
                }
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (!Character.isLetterOrDigit(c) && c != '_' && c != '.') {
                return false;
            }
        }
        return !itemStart;
    }

    private static int identifierEnd(String text, int from) {
        int i = from;
        if (i < text.length() && Character.isJavaIdentifierStart(text.charAt(i)) && text.charAt(i) != '$') {
            i++;
            while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i)) && text.charAt(i) != '$') {
                i++;
            }
        }
        return i;
    }

    /**
     * Whether {@code text[from, to)} is complete: quotes and brackets closed, no brace, semicolon,
     * comment, slash, dollar or backslash anywhere, and no trailing operator or comma.
     */
    private static boolean wholeOnOneLine(String text, int from, int to) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == ';' || c == '/' || c == '$' || c == '\\' || c == '\t') {
                return false;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                if (i + 2 < to && text.charAt(i + 1) == c && text.charAt(i + 2) == c) {
                    return false;
                }
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        if (quote != 0 || depth != 0 || to == from) {
            return false;
        }
        char last = text.charAt(to - 1);
        return Character.isLetterOrDigit(last) || last == ']' || last == ')' || last == '"' || last == '\'';
    }

    /** Whether a line starting with {@code next} could continue the command before it. */
    private static boolean continues(String next) {
        return !next.isEmpty() && ".?:+-*/%&|^=<>,[(".indexOf(next.charAt(0)) >= 0;
    }
}
