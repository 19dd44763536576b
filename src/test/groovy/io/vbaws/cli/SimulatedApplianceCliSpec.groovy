package io.vbaws.cli

import groovy.json.JsonSlurper
import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.sim.SimOptions
import io.vbaws.sim.SimulatedAppliance
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * Base of the end-to-end specs: one simulated appliance per spec class on an ephemeral port, and
 * the vbaws command line run in-process against it with the environment a user would set.
 */
abstract class SimulatedApplianceCliSpec extends Specification {
    static final String PASSWORD = 'e2e-admin-password'

    @Shared @TempDir Path sharedDir
    @Shared SimulatedAppliance sim
    @TempDir Path work

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(sharedDir.resolve('appliance')).withAdminPassword(PASSWORD))
    }

    def cleanupSpec() {
        sim?.close()
    }

    Map<String, String> environment() {
        [VBAWS_URL: sim.baseUri().toString(), VBAWS_USERNAME: 'admin', VBAWS_PASSWORD: PASSWORD,
         VBAWS_HOME: work.resolve('home').toString()]
    }

    /** Runs {@code vbaws args...}; answers the exit code and what it printed. */
    Map vbaws(String... args) {
        def out = new StringWriter()
        def err = new StringWriter()
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new CliEnvironment(environment(), new ByteArrayInputStream(new byte[0])))
        [code: code, out: out.toString(), err: err.toString()]
    }

    Path script(String name, String text) {
        Path file = work.resolve(name)
        Files.writeString(file, text.stripIndent())
        file
    }

    Map planJson(Path... scripts) {
        def r = vbaws(*(['plan', '--json'] + scripts*.toString()))
        assert r.code == 0: r.err
        new JsonSlurper().parseText(r.out) as Map
    }

    Map applyAll(Path... scripts) {
        def r = vbaws(*(['apply', '--auto-approve'] + scripts*.toString()))
        assert r.code == 0: r.out + r.err
        r
    }

    ApplianceClient client() {
        ApplianceClient.create(ClientConfig.of(sim.baseUri(), Credentials.of('admin', PASSWORD)))
    }

    /** The live policies of these names, as the appliance has them now. */
    List livePolicies(String... names) {
        def c = client()
        try {
            c.allPolicies().findAll { it.name() in names }
        } finally {
            c.close()
        }
    }
}
