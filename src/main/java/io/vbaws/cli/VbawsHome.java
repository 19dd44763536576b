package io.vbaws.cli;

import java.nio.file.Path;

/** Where vbaws keeps its files: {@code $VBAWS_HOME}, by default {@code ~/.vbaws}. */
public record VbawsHome(Path dir) {

    /** The home the environment names, or {@code ~/.vbaws}. */
    public static VbawsHome from(CliEnvironment env) {
        String configured = env.get("VBAWS_HOME");
        return new VbawsHome(configured != null
                ? Path.of(configured).toAbsolutePath()
                : Path.of(System.getProperty("user.home"), ".vbaws"));
    }

    /** Profiles: appliances and users by name. */
    public Path config() {
        return dir.resolve("config");
    }

    /** The built-in simulated appliance's state. */
    public Path applianceState() {
        return dir.resolve("appliance");
    }

    /** The REPL's history. */
    public Path history() {
        return dir.resolve("history");
    }
}
