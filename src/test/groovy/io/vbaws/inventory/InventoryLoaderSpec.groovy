package io.vbaws.inventory

import io.vbaws.declaration.Declarations
import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.dsl.PolicyScripts
import io.vbaws.dsl.ScriptSource
import spock.lang.AutoCleanup
import spock.lang.Specification

/** The loader fetches what a run needs, concurrently and once, through the real client over HTTP. */
class InventoryLoaderSpec extends Specification {

    @AutoCleanup FakeAppliance appliance = new FakeAppliance()
    @AutoCleanup ApplianceClient client = ApplianceClient.create(
            ClientConfig.of(URI.create(appliance.url()), Credentials.of(FakeAppliance.USER, FakeAppliance.PASSWORD)))

    Declarations declare(String text) {
        new PolicyScripts().loadSources([new ScriptSource('p.groovy', text)])
    }

    def "a run that names no instances, tags or organizations fetches none of them"() {
        when:
        def index = new InventoryLoader(client).load(declare('slaPolicy "p" { account "backup-prod"; regions "us-east-1"; template "gold" }'))

        then:
        index.region('us-east-1').isUnique()
        ['/cloudInfrastructure/regions', '/policyTemplates/slaTemplates', '/policyTemplates/storageTemplates', '/accounts/amazon']
                .every { appliance.count('GET', it) == 1 }
        appliance.count('GET', '/virtualMachines') == 0
        appliance.count('GET', '/cloudInfrastructure/tags') == 0
        appliance.count('GET', '/organizations/amazon') == 0
    }

    def "instances are fetched for the regions of policies that name instances, once per region"() {
        when:
        def declarations = declare('''
slaPolicy "a" { account "backup-prod"; regions "us-east-1"; template "gold"; include instances: ["db-02"] }
slaPolicy "b" { account "backup-prod"; regions "us-east-1", "eu-west-1"; template "gold"; exclude instances: ["app-02"], tags: [env: "dev"] }
slaPolicy "c" { account "backup-prod"; regions "us-west-2"; template "gold" }''')
        def state = new PolicyResolver(new InventoryLoader(client).load(declarations)).resolve(declarations)

        then:
        state.policies().size() == 3
        appliance.count('GET', '/virtualMachines') == 2
        appliance.server.requestCount > 0
        appliance.count('GET', '/cloudInfrastructure/tags') == 1
        appliance.countStartingWith('GET', '/virtualMachines/') == 0
    }

    def "a loader reads the regions, templates and IAM roles as soon as it is made, before it knows what the scripts need"() {
        when:
        def loader = new InventoryLoader(client)

        then: 'the collections every run reads are asked for while the scripts are still being evaluated'
        new spock.util.concurrent.PollingConditions(timeout: 10).eventually {
            assert ['/cloudInfrastructure/regions', '/policyTemplates/slaTemplates', '/policyTemplates/storageTemplates',
                    '/accounts/amazon'].every { appliance.count('GET', it) == 1 }
        }

        when: 'it then loads, those are not read again'
        def index = loader.load(declare('slaPolicy "p" { account "backup-prod"; regions "us-east-1"; template "gold" }'))

        then:
        index.region('us-east-1').isUnique()
        appliance.count('GET', '/cloudInfrastructure/regions') == 1
        appliance.count('GET', '/accounts/amazon') == 1
    }

    def "a loader loads once"() {
        given:
        def loader = new InventoryLoader(client)
        loader.load(declare('slaPolicy "p" { account "backup-prod"; regions "us-east-1"; template "gold" }'))

        when:
        loader.load(declare('slaPolicy "q" { account "backup-prod"; regions "us-east-1"; template "gold" }'))

        then:
        thrown(IllegalStateException)
    }

    def "the first collections are fetched side by side"() {
        when:
        new InventoryLoader(client).load(declare('''slaPolicy "o" { organization "acme"; regions "us-east-1"; template "gold"
    include tags: [env: "prod"] }'''))

        then:
        appliance.mostInFlight.get() > 1
        appliance.mostInFlight.get() <= InventoryLoader.PARALLEL_REQUESTS
        appliance.count('GET', '/organizations/amazon') == 1
    }

    def "keys are fetched once for each role and target region that routes name a key for; volumes only for named instances"() {
        given:
        String data = TestEstate.volumeId('db-02', 'us-east-1', 1)
        def declarations = declare("""
slaPolicy "a" { account "backup-prod"; regions "us-east-1"; template "gold"
    include instances: ["db-02"]
    exclude volumes: ["$data"]
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr" }
slaPolicy "b" { account "backup-prod"; regions "us-east-1"; template "gold"
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "dr-key" }
slaPolicy "c" { account "backup-prod"; regions "us-east-1"; template "gold"
    replicate from: "us-east-1", to: "eu-west-1", role: "dr-role" }""")

        when:
        def state = new PolicyResolver(new InventoryLoader(client).load(declarations)).resolve(declarations)

        then:
        state.policies()[0].spec().replicaSettings().mapping()[0].encryptionKey() == new TestEstate().arn('us-west-2', 'dr-role', 'dr-key')
        appliance.count('POST', '/amazonConnections') == 1
        appliance.countStartingWith('GET', '/amazonConnections/') == 1
        appliance.countStartingWith('GET', '/virtualMachines/') == 1
        appliance.count('GET', "/virtualMachines/${new TestEstate().instance('db-02', 'us-east-1').id()}/volumes") == 1
    }

    def "the keys of replica routes are asked for while the instances are still being read"() {
        given: 'an appliance that answers instances only once keys have been asked for, or after 3 s'
        def keysAsked = new java.util.concurrent.CountDownLatch(1)
        boolean instancesWaitedForKeys = false
        appliance.onArrival = { String method, String path ->
            if (path == '/amazonConnections') {
                keysAsked.countDown()
            }
            if (path == '/virtualMachines') {
                instancesWaitedForKeys = keysAsked.await(3, java.util.concurrent.TimeUnit.SECONDS)
            }
        }
        def declarations = declare("""
slaPolicy "a" { account "backup-prod"; regions "us-east-1"; template "gold"
    include instances: ["db-02"]
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "dr-key" }""")

        when:
        def state = new PolicyResolver(new InventoryLoader(client).load(declarations)).resolve(declarations)

        then:
        instancesWaitedForKeys
        state.policies()[0].spec().replicaSettings().mapping()[0].encryptionKey() == new TestEstate().arn('us-west-2', 'dr-role', 'dr-key')
        appliance.count('POST', '/amazonConnections') == 1
    }

    def "an appliance error reaches the caller as it was"() {
        given:
        appliance.close()

        when:
        new InventoryLoader(client).load(InventoryNeeds.all())

        then:
        thrown(io.vbaws.api.ApiException)
    }

    def "everything, for naming any ID a live policy holds"() {
        when:
        def index = new InventoryLoader(client).load(InventoryNeeds.all())

        then:
        index.snapshot().virtualMachines().size() == new TestEstate().virtualMachines.size()
        index.snapshot().organizations().size() == 1
        index.snapshot().tags().size() == 11
    }
}
