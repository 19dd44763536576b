package io.vbaws.repl;
import io.vbaws.query.QueryException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How results are printed: tables sized to the terminal, JSON, or CSV. */
public enum OutputFormat {
    TABLE, JSON, CSV;

    /** The format a user named ({@code table}, {@code json}, {@code csv}, any case). */
    public static OutputFormat named(String name) {
        for (OutputFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return f;
            }
        }
        throw new QueryException("unknown format '" + name + "'; expected " + choices());
    }

    /** The names users type, e.g. {@code table|json|csv}. */
    public static String choices() {
        return Arrays.stream(values()).map(OutputFormat::toString).collect(Collectors.joining("|"));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
