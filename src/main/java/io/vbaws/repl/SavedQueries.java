package io.vbaws.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The saved queries bundled with vbaws (the repository's {@code repl/} folder, packed beside this
 * class under {@code saved/}), runnable by name with {@code :load NAME}.
 */
public final class SavedQueries {
    /** Every bundled query, by name (its file name without {@code .groovy}). */
    public static final List<String> NAMES = List.of("missed-last-week", "worst-instances", "failures-by-region",
            "cost-overview", "compliance-trend");

    /** The text of a bundled query, or null when there is none by that name. */
    public String text(String name) {
        String n = name.endsWith(".groovy") ? name.substring(0, name.length() - ".groovy".length()) : name;
        if (!NAMES.contains(n)) {
            return null;
        }
        try (InputStream in = SavedQueries.class.getResourceAsStream("saved/" + n + ".groovy")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first comment line of a bundled query: what it answers. */
    public String summary(String name) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        return text.lines().filter(l -> l.startsWith("//")).map(l -> l.substring(2).strip()).findFirst().orElse("");
    }
}
