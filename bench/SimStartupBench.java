import io.vbaws.sim.SimOptions;
import io.vbaws.sim.SimulatedAppliance;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times SimulatedAppliance.start on a state directory; bench/sim-startup.sh runs it. Modes:
 * {@code create DIR} (first start, writes the state), {@code cold DIR} (one start in this fresh
 * JVM), {@code cli DIR} (one start in a fresh JVM that has already read a policy with Jackson, as
 * the CLI's client does: the sim's own share of a command), {@code warm DIR N} (N starts in one JVM
 * after a warm-up). Prints figures, asserts nothing.
 */
public class SimStartupBench {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        switch (mode) {
            case "create", "cold", "cli" -> {
                if (mode.equals("cli")) {
                    io.vbaws.api.ApiJson.newMapper().readValue("{\"id\":\"x\",\"name\":\"p\",\"regionIds\":[\"r\"],"
                            + "\"selectedItems\":{\"virtualMachineIds\":[]},\"snapshotSettings\":{\"additionalTags\":[]}}",
                            io.vbaws.api.model.SlaPolicy.class);
                }
                long before = System.nanoTime();
                try (SimulatedAppliance sim = SimulatedAppliance.start(SimOptions.defaults(dir))) {
                    double startMs = (System.nanoTime() - before) / 1e6;
                    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                    double firstMs = firstRequest(sim);
                    System.out.printf("%s start: %.0f ms in-JVM; JVM up %d ms when listening; first request %.0f ms%n",
                            mode, startMs, uptime, firstMs);
                }
            }
            case "warm" -> {
                int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
                for (int i = 0; i < 5; i++) {
                    SimulatedAppliance.start(SimOptions.defaults(dir)).close();
                }
                double[] ms = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    long before = System.nanoTime();
                    SimulatedAppliance sim = SimulatedAppliance.start(SimOptions.defaults(dir));
                    ms[i] = (System.nanoTime() - before) / 1e6;
                    sim.close();
                }
                Arrays.sort(ms);
                System.out.printf("warm start (%d rounds in one JVM): median %.1f ms, min %.1f ms, max %.1f ms%n",
                        rounds, ms[rounds / 2], ms[0], ms[rounds - 1]);
            }
            default -> throw new IllegalArgumentException("mode must be create, cold, cli or warm");
        }
    }

    private static double firstRequest(SimulatedAppliance sim) throws Exception {
        long before = System.nanoTime();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(sim.baseUri() + "/api/v1/token"))
                .header("x-api-version", "1.8-rev0").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin&password="
                        + SimOptions.DEFAULT_ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("token request answered " + token.statusCode());
        }
        return (System.nanoTime() - before) / 1e6;
    }
}
