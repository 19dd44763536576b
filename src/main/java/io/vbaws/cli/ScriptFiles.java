package io.vbaws.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The policy scripts a command line names: each file as given, and for each directory every
 * {@code *.groovy} file below it, in path order, hidden files and directories ({@code .git}) left
 * out. A directory without scripts, or a path that names nothing, is a mistake, not an empty run.
 */
final class ScriptFiles {
    private ScriptFiles() {
    }

    /** {@code arguments} with each directory replaced by the scripts below it; a file named twice counts once. */
    static List<Path> expand(List<Path> arguments) {
        LinkedHashSet<Path> files = new LinkedHashSet<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> below = scriptsBelow(argument);
                if (below.isEmpty()) {
                    throw new IllegalArgumentException("no *.groovy files in " + argument);
                }
                files.addAll(below);
            } else {
                // A missing path is reported with the other files' errors, in the same run.
                files.add(argument);
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> scriptsBelow(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> scripts = new ArrayList<>(walk
                    .filter(path -> !hidden(directory, path))
                    .filter(path -> path.getFileName().toString().endsWith(".groovy") && Files.isRegularFile(path))
                    .toList());
            scripts.sort(Path::compareTo);
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Whether a part of {@code path} below {@code root} starts with a dot. */
    private static boolean hidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
