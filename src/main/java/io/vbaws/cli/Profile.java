package io.vbaws.cli;

import java.nio.file.Path;

/**
 * A named appliance and user from {@code $VBAWS_HOME/config}. A password is never stored here in
 * clear: a profile names a command that prints it, or a file that holds it.
 */
public record Profile(String name, String url, String username, String passwordCommand, Path passwordFile,
        String trustFingerprint, Path caCert, boolean insecure) {
}
