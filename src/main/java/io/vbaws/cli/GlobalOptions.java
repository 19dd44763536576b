package io.vbaws.cli;

import io.vbaws.api.Timeouts;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes: which appliance, as whom, how to trust it, how to print.
 * Credentials never come from here but the user name: the password comes from
 * {@code VBAWS_PASSWORD}, {@code VBAWS_PASSWORD_FILE}, {@code --password-stdin} or a profile's
 * password command, and is never echoed.
 */
public final class GlobalOptions {

    @Option(names = "--appliance", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Appliance to talk to, e.g. https://vbaws.example.com:11005 (env VBAWS_URL). "
                    + "Without one, the built-in simulated appliance is used.")
    String appliance;

    @Option(names = "--username", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "User name (env VBAWS_USERNAME).")
    String username;

    @Option(names = "--password-stdin", scope = ScopeType.INHERIT,
            description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Profile of $VBAWS_HOME/config naming the appliance and user (env VBAWS_PROFILE).")
    String profile;

    @Option(names = "--api-version", paramLabel = "VERSION", scope = ScopeType.INHERIT,
            description = "x-api-version to announce (default: ${DEFAULT-VALUE}).", defaultValue = "1.8-rev0")
    String apiVersion;

    @Option(names = "--insecure", scope = ScopeType.INHERIT,
            description = "Do not verify the appliance's TLS certificate (warns on stderr).")
    boolean insecure;

    @Option(names = "--trust-fingerprint", paramLabel = "SHA256", scope = ScopeType.INHERIT,
            description = "Trust the appliance's certificate with this SHA-256 fingerprint (pinning a self-signed one).")
    String trustFingerprint;

    @Option(names = "--ca-cert", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Trust certificates signed by the CA in this PEM file.")
    Path caCert;

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "No colour in output (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces and HTTP exchanges (never secrets).")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Say only what matters: no notes on stderr (warnings and errors still show).")
    boolean quiet;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT, defaultValue = "10s",
            converter = DurationConverter.class,
            description = "How long to wait for the appliance to accept a connection and finish the TLS handshake "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT, defaultValue = "30s",
            converter = DurationConverter.class,
            description = "How long to wait for each answer (default: ${DEFAULT-VALUE}).")
    Duration readTimeout;

    @Option(names = "--timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT, converter = DurationConverter.class,
            description = "Limit on everything the command sends, retries included, e.g. 30s, 5m, 1h "
                    + "(default: 5m; apply 30m; no limit while vbaws waits for a person: the prompt, apply's confirmation).")
    Duration timeout;

    /** The waits this command line asks for; {@code commandDefault} when --timeout is not given (null: no limit). */
    public Timeouts timeouts(Duration commandDefault) {
        return new Timeouts(connectTimeout, readTimeout, timeout != null ? timeout : commandDefault);
    }

    @Option(names = "--no-cache", scope = ScopeType.INHERIT,
            description = "Evaluate every script file again and keep nothing in $VBAWS_HOME/cache.")
    boolean noCache;

    public String appliance() {
        return appliance;
    }

    public String username() {
        return username;
    }

    public boolean passwordStdin() {
        return passwordStdin;
    }

    public String profile() {
        return profile;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public boolean insecure() {
        return insecure;
    }

    public String trustFingerprint() {
        return trustFingerprint;
    }

    public Path caCert() {
        return caCert;
    }

    public boolean noColor() {
        return noColor || System.getenv("NO_COLOR") != null;
    }

    public boolean debug() {
        return debug;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean noCache() {
        return noCache;
    }
}
