package io.vbaws.cli;

import io.vbaws.text.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vbaws profiles}: the profiles of {@code $VBAWS_HOME/config}, the one in use marked. */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = {
            "List the profiles of $VBAWS_HOME/config.",
            "Each with its appliance URL, user and how TLS is trusted; the profile a command would use "
                    + "(--profile, VBAWS_PROFILE, else 'default') is marked with *.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  vbaws profiles",
            "  VBAWS_PROFILE=lab vbaws profiles",
            "  VBAWS_HOME=/etc/vbaws vbaws profiles",
        })
final class ProfilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CliEnvironment env = Main.environment(spec);
        VbawsHome home = VbawsHome.from(env);
        Map<String, Profile> profiles = ProfileFile.read(home.config(), VbawsHome.userHome(env));
        if (profiles.isEmpty()) {
            out.println("No profiles in " + home.config() + ". Without one, vbaws uses --appliance or VBAWS_URL, "
                    + "else the built-in simulated appliance.");
            out.flush();
            return ExitCode.OK;
        }
        Profile active = ApplianceConnection.profile(Main.globalOptions(spec), env, home);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "NAME", "URL", "USER", "TLS"});
        for (Profile p : profiles.values()) {
            rows.add(new String[] {p.equals(active) ? "*" : "", p.name(), orDash(p.url()), orDash(p.username()), trust(p)});
        }
        out.println("Profiles in " + home.config() + ":");
        int[] width = new int[5];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], TerminalText.printable(r[i]).length());
            }
        });
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = TerminalText.printable(r[i]);
                line.append(i == r.length - 1 ? cell : cell + " ".repeat(width[i] - cell.length() + 2));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String trust(Profile p) {
        if (p.url() != null && p.url().startsWith("http:")) {
            return "none (plain HTTP)";
        }
        if (p.insecure()) {
            return "not verified (insecure)";
        }
        if (p.trustFingerprint() != null) {
            return "pinned";
        }
        return p.caCert() != null ? "CA " + p.caCert() : "verified";
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
