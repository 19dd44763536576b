package io.vbaws.cli;

import io.vbaws.api.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds the password, first source first: {@code --password-stdin}, {@code VBAWS_PASSWORD},
 * {@code VBAWS_PASSWORD_FILE}, then the profile's password command or file. Never from a script,
 * never echoed; errors name the source, not its contents.
 */
final class PasswordLookup {
    private final CliEnvironment env;

    PasswordLookup(CliEnvironment env) {
        this.env = env;
    }

    /** The password, or null when no source gives one. */
    Secret find(boolean fromStdin, Profile profile) {
        if (fromStdin) {
            return firstLine(readStdin(), "standard input (--password-stdin)");
        }
        if (env.get("VBAWS_PASSWORD") != null) {
            return Secret.of(env.get("VBAWS_PASSWORD"));
        }
        if (env.get("VBAWS_PASSWORD_FILE") != null) {
            return fromFile(Path.of(env.get("VBAWS_PASSWORD_FILE")), "VBAWS_PASSWORD_FILE");
        }
        if (profile != null && profile.passwordCommand() != null) {
            return fromCommand(profile);
        }
        if (profile != null && profile.passwordFile() != null) {
            return fromFile(profile.passwordFile(), "profile '" + profile.name() + "' password-file");
        }
        return null;
    }

    private String readStdin() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }

    private static Secret fromFile(Path file, String source) {
        try {
            return firstLine(Files.readString(file), source + " (" + file + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file named by " + source + ": " + file, e);
        }
    }

    private static Secret fromCommand(Profile profile) {
        String what = "the password command of profile '" + profile.name() + "'";
        try {
            Process p = new ProcessBuilder("sh", "-c", profile.passwordCommand())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalArgumentException(what + " did not finish within 30 seconds");
            }
            if (p.exitValue() != 0) {
                throw new IllegalArgumentException(what + " failed with exit code " + p.exitValue());
            }
            return firstLine(out, what);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run " + what + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("interrupted while running " + what, e);
        }
    }

    private static Secret firstLine(String text, String source) {
        String line = text.lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            throw new IllegalArgumentException("the password from " + source + " is empty");
        }
        return Secret.of(line);
    }
}
