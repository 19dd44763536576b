package io.vbaws.dsl;

import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;

/**
 * A look at a script's text before Groovy's parser sees it: the parser's time grows very fast with
 * the depth of nested brackets ({@code if (true) {} nested a thousand deep takes minutes), so a
 * script longer than a policy file ever is, or nested deeper than one ever is, is refused at once.
 * Brackets inside texts and comments do not count.
 */
final class NestingCheck {

    static final int MAX_DEPTH = 48;
    static final int MAX_CHARACTERS = 2_000_000;

    private NestingCheck() {
    }

    /** The error for {@code source}, or null when the parser may read it. */
    static ScriptError check(ScriptSource source) {
        String text = source.text();
        if (text.length() > MAX_CHARACTERS) {
            return new ScriptError(SourceRef.ofFile(source.name()), "the script is longer than " + String.format("%,d", MAX_CHARACTERS)
                    + " characters: split it into several files");
        }
        int depth = 0;
        int line = 1;
        int column = 0;
        char quote = 0;
        boolean lineComment = false;
        boolean blockComment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                lineComment = false;
                continue;
            }
            if (lineComment) {
                continue;
            }
            if (blockComment) {
                if (c == '*' && next == '/') {
                    blockComment = false;
                    i++;
                    column++;
                }
                continue;
            }
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                    column++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '/' && next == '/') {
                lineComment = true;
            } else if (c == '/' && next == '*') {
                blockComment = true;
                i++;
                column++;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return new ScriptError(new SourceRef(source.name(), line, column), "the script nests brackets more than "
                            + MAX_DEPTH + " deep: a policy script is never nested so deeply");
                }
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return null;
    }
}
