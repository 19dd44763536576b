package io.vbaws.inventory

import io.vbaws.declaration.Declarations
import io.vbaws.declaration.ScriptErrors
import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.api.VirtualMachineQuery
import io.vbaws.dsl.PolicyScripts
import io.vbaws.dsl.ScriptSource
import io.vbaws.sim.SimOptions
import io.vbaws.sim.SimulatedAppliance
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * Resolution against the simulated appliance's default (small) estate, over HTTP: the examples
 * resolve, the repeated web-01 is ambiguous across regions, a volume resolves by its real ID, and
 * the appliance accepts the bodies resolution makes.
 */
class SimulatedEstateResolutionSpec extends Specification {

    @Shared @TempDir Path state
    @Shared SimulatedAppliance sim
    @Shared ApplianceClient client

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(state))
        client = ApplianceClient.create(ClientConfig.of(sim.baseUri(),
                Credentials.of(SimulatedAppliance.ADMIN, SimOptions.DEFAULT_ADMIN_PASSWORD)))
    }

    def cleanupSpec() {
        client?.close()
        sim?.close()
    }

    Declarations declare(String text) {
        new PolicyScripts().loadSources([new ScriptSource('sim.groovy', text)])
    }

    DesiredState resolve(Declarations declarations) {
        new PolicyResolver(new InventoryLoader(client).load(declarations)).resolve(declarations)
    }

    def "#example resolves against the small estate, and the appliance accepts every body"() {
        given:
        def declarations = new PolicyScripts().load([new File('dsl-examples', example).toPath()])

        when:
        def desired = resolve(declarations)
        def created = desired.policies().collect { client.createPolicy(it.spec()) }

        then:
        desired.policies()*.name() == declarations.policies()*.name()
        created*.name() == desired.policies()*.name()
        created.every { it.id() != null }

        cleanup:
        created?.each { if (it?.id()) client.deletePolicy(it.id()) }

        where:
        example << ['quickstart.groovy', 'production.groovy', 'organization.groovy', 'reference.groovy']
    }

    def "web-01 in a policy over us-east-1 and eu-west-1 is ambiguous, with both candidates' IDs"() {
        given:
        def declarations = declare('''slaPolicy "both" {
    account "backup-prod"; regions "us-east-1", "eu-west-1"; template "gold"
    include instances: ["web-01"]
}''')
        def candidates = client.virtualMachines(VirtualMachineQuery.all())
                .findAll { it.name() == 'web-01' && it.region().name() in ['us-east-1', 'eu-west-1'] && !it.isDeleted() }

        when:
        resolve(declarations)

        then:
        def e = thrown(ScriptErrors)
        e.errors().size() == 1
        e.errors()[0].at().line() == 3
        e.errors()[0].message().startsWith('instance "web-01" is ambiguous in us-east-1, eu-west-1: ')
        candidates.size() == 2
        candidates.every { e.errors()[0].message().contains("${it.awsResourceId()}, ${it.region().name()}") }
        e.errors()[0].message().endsWith('write "eu-west-1/web-01" or "us-east-1/web-01" instead')
    }

    def "an unknown template lists the estate's templates; a typo gets the closest"() {
        when:
        resolve(declare('slaPolicy "t" { account "backup-prod"; regions "us-east-1"; template "goldd" }'))

        then:
        def e = thrown(ScriptErrors)
        e.errors()*.fullMessage() == ['unknown SLA template "goldd"; did you mean "gold"?']
        e.errors()*.suggestions() == [['gold']]
    }

    def "a data volume of db-02 resolves by its vol- ID, and only db-02's volumes are read"() {
        given:
        def db02 = client.virtualMachines(VirtualMachineQuery.all()).find { it.name() == 'db-02' && it.region().name() == 'us-east-1' }
        def volume = client.volumes(db02.id()).find { !it.isSystem() } ?: client.volumes(db02.id())[0]
        sim.stats().reset()

        when:
        def spec = resolve(declare("""slaPolicy "vol" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    exclude volumes: ["db-02/${volume.awsResourceId()}"]
}""")).policies()[0].spec()

        then:
        spec.excludedItems().excludedVolumes().excludedItems()*.id() == [volume.id()]
        sim.stats().count('GET', '/virtualMachines/{virtualMachineId}/volumes') == 1
        sim.stats().count('GET', '/virtualMachines') == 1
    }
}
