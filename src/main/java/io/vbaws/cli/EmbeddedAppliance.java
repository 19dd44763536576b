package io.vbaws.cli;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.ClientConfig;
import io.vbaws.api.Credentials;
import io.vbaws.api.Timeouts;
import io.vbaws.sim.SimOptions;
import io.vbaws.sim.SimulatedAppliance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The built-in simulated appliance, started in-process on a loopback port when no appliance is
 * configured, with its state in {@code $VBAWS_HOME/appliance}. Each run gives the admin user a
 * fresh random password, so nothing guessable listens on the machine while a command runs.
 */
final class EmbeddedAppliance {
    private EmbeddedAppliance() {
    }

    static ApplianceConnection open(VbawsHome home, GlobalOptions options, PrintWriter err, Timeouts timeouts) {
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        SimulatedAppliance sim = SimulatedAppliance.start(SimOptions.defaults(home.applianceState())
                .withAdminPassword(password));
        if (!options.quiet() && firstNotice(home)) {
            err.println("vbaws: using the built-in simulated appliance (state in " + home.applianceState()
                    + "); set VBAWS_URL or pass --appliance URL to use a real one (said once per VBAWS_HOME)");
            err.flush();
        }
        ClientConfig config = ClientConfig.of(sim.baseUri(), Credentials.of(SimulatedAppliance.ADMIN, password))
                .withApiVersion(options.apiVersion())
                .withTimeouts(timeouts);
        if (options.debug()) {
            config = config.withDebugLog(line -> {
                err.println("debug: " + line);
                err.flush();
            });
        }
        // A stable name, not the random port: saved plans must match the same built-in appliance next time.
        return new ApplianceConnection(ApplianceClient.create(config), sim,
                "builtin:" + home.applianceState().toAbsolutePath().normalize(), null,
                "none: the built-in appliance listens on the loopback interface, in plain HTTP");
    }

    /** Whether the notice was never shown for this home; marks it shown. */
    private static boolean firstNotice(VbawsHome home) {
        try {
            Files.createDirectories(home.dir());
            Files.createFile(home.noticeShown());
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            // A home we cannot write to: say it every time rather than never.
            return true;
        }
    }
}
