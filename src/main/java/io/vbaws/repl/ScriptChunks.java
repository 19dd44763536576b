package io.vbaws.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script read without a prompt (stdin) into the inputs a user would have typed: each
 * {@code :command} line alone, and Groovy statements as soon as their brackets and quotes close,
 * unless the next line goes on with {@code .}, {@code ?.} or {@code *.} (a chained call).
 */
public final class ScriptChunks {
    private final InputScanner scanner = new InputScanner();

    public List<String> split(String script) {
        List<String> chunks = new ArrayList<>();
        String[] lines = script.replace("\r\n", "\n").split("\n", -1);
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (current.length() == 0) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.strip().startsWith(":")) {
                    chunks.add(line.strip());
                    continue;
                }
            }
            current.append(line).append('\n');
            if (scanner.scan(current.toString()).complete() && !continuedBy(lines, i + 1)) {
                chunks.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    private static boolean continuedBy(String[] lines, int from) {
        for (int j = from; j < lines.length; j++) {
            String next = lines[j].stripLeading();
            if (!next.isEmpty()) {
                return next.startsWith(".") || next.startsWith("?.") || next.startsWith("*.");
            }
        }
        return false;
    }
}
