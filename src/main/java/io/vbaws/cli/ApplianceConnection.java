package io.vbaws.cli;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.ClientConfig;
import io.vbaws.api.Credentials;
import io.vbaws.api.MfaCodeSource;
import io.vbaws.api.Secret;
import io.vbaws.api.Timeouts;
import io.vbaws.api.TrustSettings;
import java.io.Console;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * The appliance a command talks to, and a client logged in as the configured user. Which
 * appliance: {@code --appliance}, else {@code VBAWS_URL}, else the profile's URL; with none of
 * them, the built-in simulated appliance, announced in one line on stderr. Flags win over the
 * environment, which wins over the profile.
 */
public final class ApplianceConnection implements AutoCloseable {
    private final ApplianceClient client;
    private final AutoCloseable embedded;
    private final String description;
    private final String profile;
    private final String tls;

    ApplianceConnection(ApplianceClient client, AutoCloseable embedded, String description, String profile, String tls) {
        this.client = client;
        this.embedded = embedded;
        this.description = description;
        this.profile = profile;
        this.tls = tls;
    }

    public ApplianceClient client() {
        return client;
    }

    /** Whether this is the built-in simulated appliance. */
    public boolean embedded() {
        return embedded != null;
    }

    /** The appliance's address, for plans and messages. */
    public String description() {
        return description;
    }

    /** The name of the profile this connection came from; null when none was used. */
    public String profile() {
        return profile;
    }

    /** How the appliance's TLS certificate is trusted, in a sentence. */
    public String tls() {
        return tls;
    }

    /** Opens the connection the options, environment and profiles describe, with the standard time limit. */
    public static ApplianceConnection open(GlobalOptions options, CliEnvironment env, PrintWriter err) {
        return open(options, env, err, options.timeouts(CommandTimeout.STANDARD));
    }

    /** Opens the connection the options, environment and profiles describe, waiting as {@code timeouts} say. */
    public static ApplianceConnection open(GlobalOptions options, CliEnvironment env, PrintWriter err, Timeouts timeouts) {
        return open(options, env, err, timeouts, null);
    }

    /**
     * The connection to the appliance of profile {@code named} (a fleet check's per-profile
     * connection): the profile's URL and user win over the command line's, every other global
     * option (TLS, API version, timeouts, debug) is the command line's. Null: the profile the
     * options and environment name, as {@link #open(GlobalOptions, CliEnvironment, PrintWriter, Timeouts)}.
     */
    static ApplianceConnection open(GlobalOptions options, CliEnvironment env, PrintWriter err, Timeouts timeouts,
            String named) {
        VbawsHome home = VbawsHome.from(env);
        Profile profile = named == null ? profile(options, env, home) : profile(named, env, home);
        String url = named != null ? profile.url()
                : first(options.appliance(), env.get("VBAWS_URL"), profile == null ? null : profile.url());
        if (url == null) {
            return EmbeddedAppliance.open(home, options, err, timeouts);
        }
        URI uri = parseUrl(url);
        String username = named != null && profile.username() != null ? profile.username()
                : first(options.username(), env.get("VBAWS_USERNAME"), profile == null ? null : profile.username());
        if (username == null) {
            throw new IllegalArgumentException("no user name for " + url + ": set VBAWS_USERNAME, pass --username, "
                    + "or name one in a profile of " + home.config());
        }
        Secret password = new PasswordLookup(env).find(options.passwordStdin(), profile);
        if (password == null) {
            password = prompt(username, url);
        }
        TrustSettings trust = trust(options, profile, err);
        ClientConfig config = ClientConfig.of(uri, new Credentials(username, password, mfaCodes(env)))
                .withApiVersion(options.apiVersion())
                .withTrust(trust)
                .withTimeouts(timeouts);
        if (options.debug()) {
            config = config.withDebugLog(line -> {
                err.println("debug: " + line);
                err.flush();
            });
        }
        return new ApplianceConnection(ApplianceClient.create(config), null, uri.toString(),
                profile == null ? null : profile.name(), tlsSentence(uri, trust));
    }

    /** The profile the options and environment name, else the file's default one; null when there is none. */
    static Profile profile(GlobalOptions options, CliEnvironment env, VbawsHome home) {
        Map<String, Profile> profiles = ProfileFile.read(home.config(), VbawsHome.userHome(env));
        String named = first(options.profile(), env.get("VBAWS_PROFILE"), null);
        if (named == null) {
            return profiles.get("default");
        }
        return profile(named, env, home);
    }

    private static Profile profile(String named, CliEnvironment env, VbawsHome home) {
        Map<String, Profile> profiles = ProfileFile.read(home.config(), VbawsHome.userHome(env));
        Profile p = profiles.get(named);
        if (p == null) {
            throw new IllegalArgumentException("no profile '" + named + "' in " + home.config()
                    + (profiles.isEmpty() ? " (the file has none)" : "; it has " + profiles.keySet()));
        }
        return p;
    }

    private static URI parseUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null) {
                throw new URISyntaxException(url, "expected http(s)://HOST:PORT");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an appliance URL: '" + url + "' (expected https://HOST:PORT)", e);
        }
    }

    private static TrustSettings trust(GlobalOptions options, Profile profile, PrintWriter err) {
        boolean insecure = options.insecure() || (profile != null && profile.insecure());
        if (insecure) {
            err.println("vbaws: warning: --insecure: the appliance's TLS certificate is not verified; anyone on the "
                    + "path can read and change this session");
            err.flush();
            return TrustSettings.trustAll();
        }
        String fingerprint = first(options.trustFingerprint(), profile == null ? null : profile.trustFingerprint(), null);
        if (fingerprint != null) {
            return TrustSettings.pinned(fingerprint);
        }
        if (options.caCert() != null) {
            return TrustSettings.ca(options.caCert());
        }
        if (profile != null && profile.caCert() != null) {
            return TrustSettings.ca(profile.caCert());
        }
        return TrustSettings.verify();
    }

    private static String tlsSentence(URI uri, TrustSettings trust) {
        if (!"https".equals(uri.getScheme())) {
            return "none: plain HTTP, not encrypted";
        }
        if (trust.insecure()) {
            return "NOT verified (--insecure): anyone on the path can read and change this session";
        }
        if (trust.fingerprint() != null) {
            return "pinned: the certificate with SHA-256 fingerprint " + trust.fingerprint();
        }
        if (trust.caCert() != null) {
            return "verified against the CA in " + trust.caCert() + " (not pinned)";
        }
        return "verified against the system's trusted CAs (not pinned)";
    }

    private static Secret prompt(String username, String url) {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no password for " + username + " at " + url + ": set VBAWS_PASSWORD "
                    + "or VBAWS_PASSWORD_FILE, pass --password-stdin, or name a password-command in a profile");
        }
        char[] typed = console.readPassword("Password for %s at %s: ", username, url);
        if (typed == null || typed.length == 0) {
            throw new IllegalArgumentException("no password given");
        }
        return Secret.of(new String(typed));
    }

    private static MfaCodeSource mfaCodes(CliEnvironment env) {
        return username -> {
            if (env.get("VBAWS_MFA_CODE") != null) {
                return env.get("VBAWS_MFA_CODE");
            }
            Console console = System.console();
            return console == null ? null : console.readLine("MFA code for %s: ", username);
        };
    }

    private static String first(String a, String b, String c) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : c;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot stop the built-in simulated appliance: " + e.getMessage(), e);
                }
            }
        }
    }
}
