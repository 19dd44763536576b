package io.vbaws.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where {@code export -o DIR/} writes each policy: {@code DIR/NAME.groovy}, the name made safe as a
 * file name (letters, digits, dot, dash and underscore kept, anything else an underscore, never a
 * leading dot), and made unique when two names map to one file or differ only in case.
 */
final class ExportFiles {
    private final Path directory;
    private final Set<String> taken = new HashSet<>();

    ExportFiles(Path directory) {
        this.directory = directory;
    }

    /** Whether {@code output}, as the user wrote it, names a directory: one that exists, or ends with a separator. */
    static boolean isDirectory(String output) {
        return output.endsWith("/") || output.endsWith(File.separator) || Files.isDirectory(Path.of(output));
    }

    /** The file of the policy called {@code name}, not yet handed out for another. */
    Path fileFor(String name) {
        String base = safe(name);
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "-" + n;
        }
        return directory.resolve(candidate + ".groovy");
    }

    static String safe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
            out.append(plain ? c : '_');
        }
        while (out.length() > 0 && out.charAt(0) == '.') {
            out.setCharAt(0, '_');
        }
        String safe = out.length() > 100 ? out.substring(0, 100) : out.toString();
        return safe.isEmpty() ? "policy" : safe;
    }
}
