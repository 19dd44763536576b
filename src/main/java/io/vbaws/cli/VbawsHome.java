package io.vbaws.cli;

import java.nio.file.Path;

/**
 * Where vbaws keeps its files: {@code $VBAWS_HOME}, by default {@code .vbaws} in the user's home
 * directory, which is {@code $HOME} when set (Java's {@code user.home} ignores it).
 */
public record VbawsHome(Path dir) {

    /** The home the environment names, or {@code $HOME/.vbaws}. */
    public static VbawsHome from(CliEnvironment env) {
        String configured = env.get("VBAWS_HOME");
        return new VbawsHome(configured != null
                ? Path.of(configured).toAbsolutePath()
                : userHome(env).resolve(".vbaws"));
    }

    /** The user's home directory: {@code $HOME}, else the JVM's idea of it. */
    public static Path userHome(CliEnvironment env) {
        String home = env.get("HOME");
        return Path.of(home != null ? home : System.getProperty("user.home")).toAbsolutePath();
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

    /** What script files declared, kept between runs ({@code --no-cache} leaves it alone). */
    public Path scriptCache() {
        return dir.resolve("cache").resolve("scripts");
    }

    /** The random key that seals the script cache's entries: outside the cache, so a copied cache is not trusted. */
    public Path cacheKey() {
        return dir.resolve("cache.key");
    }

    /** Present once the built-in appliance's one-line notice has been shown, so it is shown once. */
    public Path noticeShown() {
        return dir.resolve(".builtin-notice-shown");
    }
}
