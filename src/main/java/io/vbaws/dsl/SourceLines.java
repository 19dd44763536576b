package io.vbaws.dsl;

/**
 * A script's lines, split once, for the source line under an error: a long one-line file must not
 * be split again for every message.
 */
final class SourceLines {

    private final String[] lines;

    SourceLines(String text) {
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** Line {@code number} (1-based), or null when there is none. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : null;
    }
}
