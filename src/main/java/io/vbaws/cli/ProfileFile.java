package io.vbaws.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code $VBAWS_HOME/config}, an INI file of profiles:
 * <pre>
 * [default]
 * url = https://vbaws.example.com:11005
 * username = backup-admin
 * password-command = pass show vbaws/prod
 *
 * [profile lab]
 * url = https://10.0.0.5:11005
 * username = admin
 * password-file = ~/.vbaws/lab.password
 * trust-fingerprint = AB:CD:...
 * </pre>
 * A {@code password} key is refused: passwords are never kept in clear.
 */
final class ProfileFile {
    private static final List<String> KEYS = List.of("url", "username", "password-command", "password-file",
            "trust-fingerprint", "ca-cert", "insecure");

    private ProfileFile() {
    }

    /** Every profile in the file, by name, {@code ~/} meaning {@code userHome}; empty when the file does not exist. */
    static Map<String, Profile> read(Path file, Path userHome) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read profiles from " + file + ": " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        String current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = "(" + file + ", line " + (i + 1) + ") ";
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String header = line.substring(1, line.length() - 1).strip();
                current = header.startsWith("profile ") ? header.substring(8).strip() : header;
                sections.putIfAbsent(current, new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || current == null) {
                throw new IllegalArgumentException(where + "expected '[profile NAME]' or 'key = value'");
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).strip();
            if (key.equals("password")) {
                throw new IllegalArgumentException(where + "a password is never kept in clear in the config; use "
                        + "'password-command = ...' or 'password-file = ...'");
            }
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where + "unknown key '" + key + "'; expected one of " + KEYS);
            }
            sections.get(current).put(key, value);
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        sections.forEach((name, kv) -> profiles.put(name, new Profile(name, kv.get("url"), kv.get("username"),
                kv.get("password-command"), path(kv.get("password-file"), userHome), kv.get("trust-fingerprint"),
                path(kv.get("ca-cert"), userHome), Boolean.parseBoolean(kv.getOrDefault("insecure", "false")))));
        return profiles;
    }

    private static Path path(String value, Path userHome) {
        if (value == null) {
            return null;
        }
        if (value.startsWith("~/")) {
            return userHome.resolve(value.substring(2));
        }
        return Path.of(value);
    }
}
