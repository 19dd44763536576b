package io.vbaws.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version of vbaws and of the REST API it speaks, from the build's filtered properties. */
public final class VersionInfo implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties p = properties();
        return new String[] {
            "vbaws " + p.getProperty("version", "unknown") + " (Veeam Backup for AWS REST API "
                    + p.getProperty("api", "1.8-rev0") + ")",
        };
    }

    /** This very build: the version and when it was built, so two development builds differ. */
    static String build() {
        Properties p = properties();
        return p.getProperty("version", "unknown") + " built " + p.getProperty("built", "unknown");
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
