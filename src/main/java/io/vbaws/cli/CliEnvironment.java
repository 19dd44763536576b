package io.vbaws.cli;

import java.io.InputStream;
import java.util.Map;

/** What a command reads from its surroundings besides arguments: environment variables and stdin. */
public record CliEnvironment(Map<String, String> variables, InputStream stdin) {

    public CliEnvironment {
        variables = Map.copyOf(variables);
    }

    /** The real process environment. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), System.in);
    }

    /** A variable, or null when unset or blank. */
    public String get(String name) {
        String v = variables.get(name);
        return v == null || v.isBlank() ? null : v;
    }
}
