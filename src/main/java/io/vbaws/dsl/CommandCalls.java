package io.vbaws.dsl;

import java.util.Set;

/**
 * Writes each one-line command as the call it is before Groovy parses a script:
 * {@code regions "us-east-1", "eu-west-1"} as {@code regions("us-east-1", "eu-west-1")},
 * {@code include tags: [env: "prod"]} as {@code include(tags: [env: "prod"])}. The AST is the same,
 * found ten to a hundred times faster, because Groovy's parser (5.0) predicts a command inside a
 * closure by simulation every time instead of from its cache (a few such lines in an exported file
 * cost a second). The opening parenthesis replaces the space after the word and the closing one
 * goes at the end of the line, so every line and column before the end of the command stays where
 * it was. Only a line that holds the whole command and nothing else is written: no brace,
 * semicolon, dollar or backslash outside or inside quotes, no slash outside them (a comment, a
 * division, a slashy string), every bracket and quote closed, no next line that could continue it,
 * and arguments that cannot bind differently in parentheses (see {@link #arguments}).
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
        if (!arguments(body, argsStart, end) || continues(next)) {
            return null;
        }
        return body.substring(0, wordEnd) + "(" + body.substring(wordEnd + 1, end) + ")" + body.substring(end)
                + (line.endsWith("\r") ? "\r" : "");
    }

    /**
     * Whether {@code text[from, to)} is a whole line's worth of arguments: named ones
     * ({@code scope: "ou-sandbox"}, {@code "cost-center": "finance"}), whose values may be any
     * expression, as in a call, and plain ones, each one string, number, name ({@code true},
     * {@code system}, {@code a.b}) or, after the first, list. The first may not start with a
     * bracket ({@code word [1]} is an index) or an operator ({@code word -1} is a subtraction), and
     * no plain one holds a space outside quotes and brackets, so none is an expression whose
     * operators could bind differently inside parentheses.
     */
    private static boolean arguments(String text, int from, int to) {
        if (!wholeOnOneLine(text, from, to)) {
            return false;
        }
        int itemStart = from;
        Brackets brackets = new Brackets();
        boolean first = true;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ',';
            if (!brackets.outside() || c != ',') {
                brackets.take(c);
            } else {
                int start = itemStart;
                int end = i;
                while (start < end && text.charAt(start) == ' ') {
                    start++;
                }
                while (end > start && text.charAt(end - 1) == ' ') {
                    end--;
                }
                if (start == end || (namedValue(text, start, end) < 0 && !plainArgument(text, start, end, first))) {
                    return false;
                }
                first = false;
                itemStart = i + 1;
            }
        }
        return true;
    }

    /** Where the value of a named argument {@code key: value} starts, or -1 when the item is not one. */
    private static int namedValue(String text, int from, int to) {
        int keyEnd;
        char c = text.charAt(from);
        if (c == '"' || c == '\'') {
            keyEnd = text.indexOf(c, from + 1) + 1;
            if (keyEnd == 0 || keyEnd > to) {
                return -1;
            }
        } else {
            keyEnd = identifierEnd(text, from);
            if (keyEnd == from) {
                return -1;
            }
        }
        if (keyEnd + 1 >= to || text.charAt(keyEnd) != ':' || text.charAt(keyEnd + 1) != ' ') {
            return -1;
        }
        int value = keyEnd + 2;
        while (value < to && text.charAt(value) == ' ') {
            value++;
        }
        return value < to ? value : -1;
    }

    /** Whether {@code text[from, to)} is one string, number, name or (not first) list, with no space outside them. */
    private static boolean plainArgument(String text, int from, int to, boolean first) {
        char c = text.charAt(from);
        if (c == '"' || c == '\'') {
            return text.indexOf(c, from + 1) == to - 1;
        }
        if (c == '[') {
            return !first && text.charAt(to - 1) == ']' && closes(text, from, to);
        }
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        int depth = 0;
        for (int i = from; i < to; i++) {
            char each = text.charAt(i);
            if (each == '[') {
                depth++;
            } else if (each == ']') {
                depth--;
            } else if (depth == 0 && !Character.isLetterOrDigit(each) && each != '_' && each != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether the bracket at {@code from} closes at {@code to - 1}, not before. */
    private static boolean closes(String text, int from, int to) {
        Brackets brackets = new Brackets();
        for (int i = from; i < to; i++) {
            brackets.take(text.charAt(i));
            if (brackets.outside() && i < to - 1) {
                return false;
            }
        }
        return brackets.outside();
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
     * dollar or backslash anywhere, no slash outside quotes, and no trailing operator or comma.
     */
    private static boolean wholeOnOneLine(String text, int from, int to) {
        Brackets brackets = new Brackets();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == ';' || c == '$' || c == '\\' || c == '\t') {
                return false;
            }
            if (!brackets.quoted() && (c == '/' // a comment, a division or a slashy string
                    || ((c == '"' || c == '\'') && i + 2 < to && text.charAt(i + 1) == c && text.charAt(i + 2) == c))) {
                return false;
            }
            if (!brackets.take(c)) {
                return false;
            }
        }
        if (!brackets.outside() || to == from) {
            return false;
        }
        char last = text.charAt(to - 1);
        return Character.isLetterOrDigit(last) || last == ']' || last == ')' || last == '"' || last == '\'';
    }

    /** Walks a line a character at a time, knowing whether it is inside quotes and how deep in brackets. */
    private static final class Brackets {
        private char quote;
        private int depth;

        /** Takes the next character; false when it closes a bracket that was never opened. */
        boolean take(char c) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                return --depth >= 0;
            }
            return true;
        }

        boolean quoted() {
            return quote != 0;
        }

        /** Neither in quotes nor in brackets. */
        boolean outside() {
            return quote == 0 && depth == 0;
        }
    }

    /** Whether a line starting with {@code next} could continue the command before it. */
    private static boolean continues(String next) {
        return !next.isEmpty() && ".?:+-*/%&|^=<>,[(".indexOf(next.charAt(0)) >= 0;
    }
}
