package io.vbaws.cli;

import io.vbaws.api.ApiException;
import io.vbaws.api.SessionUser;
import io.vbaws.api.model.SystemVersion;
import io.vbaws.text.TerminalText;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vbaws status}: which appliance, which version, as whom, through which profile, trusted how. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {
            "Show which appliance vbaws talks to, and as whom.",
            "The appliance (its URL or the built-in one), its version, the user and role logged in, the profile "
                    + "used, and how its TLS certificate is trusted (pinned or not). Changes nothing.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws status",
            "  vbaws --profile lab status",
            "  VBAWS_URL=https://vbaws.example.com:11005 vbaws status",
        })
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ApplianceConnection connection = Main.connect(spec)) {
            out.println(line("Appliance", connection.embedded()
                    ? "the built-in simulated appliance (" + connection.description().substring("builtin:".length()) + ")"
                    : connection.description()));
            out.println(line("Profile", connection.profile() == null ? "none" : connection.profile()));
            out.println(line("TLS", connection.tls()));
            out.flush();
            try {
                SessionUser user = connection.client().sessionUser();
                SystemVersion version = connection.client().systemVersion();
                out.println(line("Version", version == null || version.version() == null ? "unknown" : version.version()));
                out.println(line("User", user.username() + (user.roleName() == null ? "" : " (role " + user.roleName() + ")")));
                out.flush();
                return ExitCode.OK;
            } catch (ApiException e) {
                out.println(line("Connection", "failed: " + e.getMessage()));
                out.flush();
                return ExitCode.ERROR;
            }
        }
    }

    private static String line(String label, String value) {
        // at least one space after the label, even after the longest ("Connection:")
        return String.format("%-10s %s", label + ":", TerminalText.printable(value));
    }
}
