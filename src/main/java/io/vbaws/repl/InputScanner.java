package io.vbaws.repl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * A small lexer for the Groovy a user types at the prompt: it follows brackets, single, double and
 * triple-quoted strings (with {@code ${...}} inside double quotes), comments and a trailing
 * backslash, to tell whether the input is finished or the prompt should continue on the next line,
 * and what the cursor is in for completion. It does not parse Groovy: the compiler reports errors.
 * Slashy strings are not followed ({@code /} is taken as division).
 */
public final class InputScanner {

    private enum Mode { CODE, SINGLE, DOUBLE, TRIPLE_SINGLE, TRIPLE_DOUBLE, LINE_COMMENT, BLOCK_COMMENT }

    /** An open bracket: what closes it, the call it opened, the argument the scan is in. */
    private static final class Frame {
        final char close;
        final String call;
        final Mode resume;
        int argument;
        String key;

        Frame(char close, String call, Mode resume) {
            this.close = close;
            this.call = call;
            this.resume = resume;
        }
    }

    public InputScan scan(String text) {
        Deque<Frame> frames = new ArrayDeque<>();
        Mode mode = Mode.CODE;
        int stringStart = -1;
        String identifier = null;
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (mode) {
                case CODE -> {
                    if (Character.isJavaIdentifierPart(c)) {
                        word.append(c);
                        continue;
                    }
                    if (word.length() > 0) {
                        identifier = word.toString();
                        word.setLength(0);
                    }
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                        mode = Mode.LINE_COMMENT;
                        i++;
                    } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                        mode = Mode.BLOCK_COMMENT;
                        i++;
                    } else if (c == '\'' || c == '"') {
                        boolean triple = text.startsWith(String.valueOf(c).repeat(3), i);
                        mode = c == '\'' ? (triple ? Mode.TRIPLE_SINGLE : Mode.SINGLE)
                                : (triple ? Mode.TRIPLE_DOUBLE : Mode.DOUBLE);
                        i += triple ? 2 : 0;
                        stringStart = i + 1;
                    } else if (c == '(' || c == '[' || c == '{') {
                        frames.push(new Frame(c == '(' ? ')' : c == '[' ? ']' : '}', c == '(' ? identifier : null,
                                null));
                    } else if (c == ')' || c == ']' || c == '}') {
                        if (!frames.isEmpty() && frames.peek().close == c) {
                            Frame closed = frames.pop();
                            if (closed.resume != null) {
                                mode = closed.resume;
                            }
                        }
                    } else if (c == ',' && !frames.isEmpty()) {
                        frames.peek().argument++;
                        frames.peek().key = null;
                    } else if (c == ':' && !frames.isEmpty() && identifier != null) {
                        frames.peek().key = identifier;
                    }
                    identifier = null;
                }
                case SINGLE, DOUBLE -> {
                    if (c == '\\') {
                        i++;
                    } else if (c == (mode == Mode.SINGLE ? '\'' : '"')) {
                        mode = Mode.CODE;
                        stringStart = -1;
                    } else if (mode == Mode.DOUBLE && c == '$' && i + 1 < n && text.charAt(i + 1) == '{') {
                        frames.push(new Frame('}', null, mode));
                        mode = Mode.CODE;
                        i++;
                    }
                }
                case TRIPLE_SINGLE, TRIPLE_DOUBLE -> {
                    char q = mode == Mode.TRIPLE_SINGLE ? '\'' : '"';
                    if (c == '\\') {
                        i++;
                    } else if (text.startsWith(String.valueOf(q).repeat(3), i)) {
                        mode = Mode.CODE;
                        stringStart = -1;
                        i += 2;
                    } else if (mode == Mode.TRIPLE_DOUBLE && c == '$' && i + 1 < n && text.charAt(i + 1) == '{') {
                        frames.push(new Frame('}', null, mode));
                        mode = Mode.CODE;
                        i++;
                    }
                }
                case LINE_COMMENT -> {
                    if (c == '\n') {
                        mode = Mode.CODE;
                    }
                }
                case BLOCK_COMMENT -> {
                    if (c == '*' && i + 1 < n && text.charAt(i + 1) == '/') {
                        mode = Mode.CODE;
                        i++;
                    }
                }
                default -> throw new IllegalStateException(mode.name());
            }
        }
        StringBuilder missing = new StringBuilder(closing(mode));
        for (Frame f : frames) {
            missing.append(f.close);
            if (f.resume != null) {
                missing.append(closing(f.resume));
            }
        }
        boolean continued = mode == Mode.CODE && text.stripTrailing().endsWith("\\")
                && !text.stripTrailing().endsWith("\\\\");
        boolean complete = missing.length() == 0 && !continued;
        char quote = switch (mode) {
            case SINGLE, TRIPLE_SINGLE -> '\'';
            case DOUBLE, TRIPLE_DOUBLE -> '"';
            default -> 0;
        };
        Frame call = innermostCall(frames);
        return new InputScan(complete, missing.toString(), quote, quote == 0 ? -1 : stringStart,
                call == null ? null : call.call, call == null ? 0 : call.argument, call == null ? null : call.key);
    }

    /** What ends a mode: the string's quotes, or the comment's end. */
    private static String closing(Mode mode) {
        return switch (mode) {
            case SINGLE -> "'";
            case DOUBLE -> "\"";
            case TRIPLE_SINGLE -> "'''";
            case TRIPLE_DOUBLE -> "\"\"\"";
            case BLOCK_COMMENT -> "*/";
            default -> "";
        };
    }

    private static Frame innermostCall(Deque<Frame> frames) {
        Iterator<Frame> it = frames.iterator();
        if (!it.hasNext()) {
            return null;
        }
        Frame top = it.next();
        return top.close == ')' ? top : null;
    }
}
