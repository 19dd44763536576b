package io.vbaws.sim

import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.api.RetryPolicy
import io.vbaws.api.model.SlaPolicySpec
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * Readying the write path ahead of the first change (the appliance's JSON readers and writers, the
 * client's body writer) happens in memory only: nothing is sent, stored or journalled.
 */
class ReadyForWritesSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'

    @TempDir Path dir

    def "an appliance readied for writes has changed nothing, and its first create is answered as any other"() {
        given:
        def sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        def http = ApplianceHttp.loggedIn(sim)
        def before = http.all(POLICIES)
        def index = Files.readAllBytes(dir.resolve('appliance.json'))

        when:
        sim.readyForWrites()

        then:
        http.all(POLICIES) == before
        Files.readAllBytes(dir.resolve('appliance.json')) == index
        !Files.exists(dir.resolve('journal.jsonl'))

        when:
        def created = http.create(http.policyBody('first-after-ready', ['web-01']))

        then:
        created.name == 'first-after-ready'
        http.all(POLICIES).size() == before.size() + 1

        cleanup:
        sim?.close()
    }

    def "a client readied for policy writes sends nothing"() {
        given:
        def sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        def client = ApplianceClient.create(ClientConfig.of(sim.baseUri(), Credentials.of('admin', SimOptions.DEFAULT_ADMIN_PASSWORD))
                .withRetries(RetryPolicy.none()))
        def spec = client.allPolicies().first().toSpec()
        sim.stats().reset()

        when:
        client.readyPolicyWrites(spec)

        then:
        sim.stats().total() == 0

        cleanup:
        client?.close()
        sim?.close()
    }
}
