package io.vbaws.cli;

import picocli.CommandLine.Command;

/** {@code vbaws appliance}: the simulated appliance (serve it standalone, reset its state). */
@Command(name = "appliance", description = "The simulated appliance: serve it standalone, or reset its state.",
        mixinStandardHelpOptions = true, subcommands = {ApplianceCommand.Serve.class, ApplianceCommand.Reset.class})
final class ApplianceCommand extends NotBuiltYet {

    /** {@code vbaws appliance serve}. */
    @Command(name = "serve", description = "Serve the simulated appliance over HTTP(S).", mixinStandardHelpOptions = true)
    static final class Serve extends NotBuiltYet {
    }

    /** {@code vbaws appliance reset}. */
    @Command(name = "reset", description = "Start the built-in simulated appliance over from its seed.",
            mixinStandardHelpOptions = true)
    static final class Reset extends NotBuiltYet {
    }
}
