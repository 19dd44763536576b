package io.vbaws.cli;

/** What the process knows about its terminal: whether to colour output and whether a person can answer. */
final class Terminal {
    private Terminal() {
    }

    /** Colour only on a terminal, and never with --no-color or NO_COLOR. */
    static boolean colour(GlobalOptions options) {
        return !options.noColor() && System.console() != null;
    }

    /** Whether someone at a terminal can answer a question. */
    static boolean interactive() {
        return System.console() != null;
    }
}
