package io.vbaws.cli;

import io.vbaws.text.TerminalText;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory a file named on the command line goes into ({@code report --html}, {@code export -o},
 * {@code plan --out}) must exist already: a mistyped path is refused before anything is written,
 * never made up as new directories.
 */
final class OutputDirectory {
    private OutputDirectory() {
    }

    /** Refuses {@code file} when the directory it would be written into does not exist. */
    static void require(Path file) {
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("the directory " + TerminalText.printable(parent.toString()) + " does not exist");
        }
    }
}
