package io.vbaws.cli;

import java.io.PrintWriter;

/** The built-in simulated appliance, started in-process when no appliance is configured. */
final class EmbeddedAppliance {
    private EmbeddedAppliance() {
    }

    static ApplianceConnection open(VbawsHome home, GlobalOptions options, PrintWriter err) {
        throw new IllegalArgumentException("no appliance configured: set VBAWS_URL or pass --appliance URL");
    }
}
