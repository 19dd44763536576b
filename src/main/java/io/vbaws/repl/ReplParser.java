package io.vbaws.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the prompt's input: Enter on an unfinished input (an open bracket, string or
 * comment, a trailing backslash) continues it on the next line; an empty continuation line or a
 * {@code :command} ends it regardless. For completion it finds the word before the cursor.
 */
public final class ReplParser implements Parser {
    private final InputScanner scanner = new InputScanner();

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !finished(line)) {
            InputScan scan = scanner.scan(line);
            throw new EOFError(-1, -1, "unfinished input", scan.missing().isEmpty() ? "\\" : scan.missing());
        }
        return parsed(line, cursor);
    }

    /** Whether Enter after {@code input} runs it. */
    public boolean finished(String input) {
        String trimmed = input.strip();
        if (trimmed.isEmpty() || trimmed.startsWith(":") || input.endsWith("\n")) {
            return true;
        }
        return scanner.scan(input).complete();
    }

    /** The line as completion sees it with the cursor at {@code cursor}. */
    public ReplParsedLine parsed(String line, int cursor) {
        int at = Math.max(0, Math.min(cursor, line.length()));
        String before = line.substring(0, at);
        String stripped = before.stripLeading();
        if (stripped.startsWith(":")) {
            int space = stripped.lastIndexOf(' ');
            String word = space < 0 ? stripped : stripped.substring(space + 1);
            return new ReplParsedLine(line, at, word, scanner.scan(""), true);
        }
        InputScan scan = scanner.scan(before);
        if (scan.inString()) {
            return new ReplParsedLine(line, at, before.substring(scan.stringStart()), scan, false);
        }
        int start = at;
        while (start > 0 && Character.isJavaIdentifierPart(before.charAt(start - 1))) {
            start--;
        }
        return new ReplParsedLine(line, at, before.substring(start), scan, false);
    }
}
