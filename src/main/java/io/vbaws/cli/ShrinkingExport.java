package io.vbaws.cli;

import io.vbaws.text.TerminalText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Guards an export file against being replaced by one with fewer policies: a partial or wrong
 * answer from the appliance must not overwrite the only copy of someone's policies. Without
 * {@code --force}, such an export is refused, saying how many policies it would drop.
 */
final class ShrinkingExport {
    private static final Pattern POLICY = Pattern.compile("(?m)^\\s*slaPolicy\\b");

    private final Path file;

    ShrinkingExport(Path file) {
        this.file = file;
    }

    /** How many policies the file declares now (0 when it does not exist). */
    int existing() {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            return (int) POLICY.matcher(Files.readString(file, StandardCharsets.UTF_8)).results().count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " to compare it with the export: " + e.getMessage(), e);
        }
    }

    void refuseUnlessForced(int exported, boolean force) {
        int existing = existing();
        if (exported < existing && !force) {
            int dropped = existing - exported;
            throw new IllegalArgumentException("not replacing " + TerminalText.printable(file.toString()) + ": it holds "
                    + ScriptErrorReport.count(existing, "policy", "policies") + " and this export "
                    + exported + ", so " + ScriptErrorReport.count(dropped, "policy", "policies")
                    + " would be dropped; pass --force to replace it anyway, or -o another file to compare");
        }
    }
}
