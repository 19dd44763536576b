package io.vbaws.apply

import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.api.model.ProductionWorkersSettings
import io.vbaws.api.model.SlaPolicy
import io.vbaws.api.model.SlaPolicySpec
import io.vbaws.declaration.SourceRef
import io.vbaws.plan.ChangeAction
import io.vbaws.plan.Plan
import io.vbaws.plan.PolicyChange
import io.vbaws.sim.SimOptions
import io.vbaws.sim.SimulatedAppliance
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** The Applier against a simulated appliance: usn checks right before each write, phases, parallelism. */
class ApplierSpec extends Specification {

    @Shared @TempDir Path dir
    @Shared SimulatedAppliance sim
    @Shared ApplianceClient client

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir.resolve('state')).withAdminPassword('pw'))
        client = ApplianceClient.create(ClientConfig.of(sim.baseUri(), Credentials.of('admin', 'pw')))
    }

    def cleanupSpec() {
        client?.close()
        sim?.close()
    }

    SlaPolicy existing(String name) {
        def region = client.regions().find { it.name() == 'us-east-1' }
        def role = client.accounts().find { it.name() == 'backup-prod' }
        def gold = client.slaTemplates().find { it.name() == 'gold' }
        client.createPolicy(SlaPolicySpec.builder().name(name).description('first').identityId(role.id())
                .backupType('AllItems').regionIds([region.id()]).slaTemplateId(gold.id()).build())
    }

    static SlaPolicySpec withDescription(SlaPolicy p, String description) {
        p.toSpec().toBuilder().description(description).build()
    }

    static Plan planOf(PolicyChange... changes) {
        new Plan(changes as List, [], null, [])
    }

    def "an update whose policy changed after the plan read it is refused, and the other change stands"() {
        given:
        def p = existing('guard-update')
        def change = new PolicyChange(ChangeAction.UPDATE, p.name(), p.id(), p.usn(), null, [], 0, withDescription(p, 'ours'))
        client.modifyPolicy(p.id(), withDescription(p, 'theirs'))

        when:
        def report = new Applier(client, 2, ApplyProgress.SILENT).apply(planOf(change))

        then:
        !report.succeeded()
        report.steps()[0].outcome() == StepOutcome.FAILED
        report.steps()[0].detail().contains("policy 'guard-update' changed on the appliance after the plan was made")
        client.getPolicy(p.id()).description() == 'theirs'
    }

    def "#action of a policy whose usn moved is refused"() {
        given:
        def p = existing("guard-$action")
        def change = new PolicyChange(action, p.name(), p.id(), p.usn(), null, [], 0, null)
        client.modifyPolicy(p.id(), withDescription(p, 'moved'))

        when:
        def report = new Applier(client, 1, ApplyProgress.SILENT).apply(planOf(change))

        then:
        report.steps()[0].outcome() == StepOutcome.FAILED
        report.steps()[0].detail().contains('changed on the appliance')
        client.allPolicies().any { it.id() == p.id() }

        where:
        action << [ChangeAction.DISABLE, ChangeAction.DELETE]
    }

    def "a change to a policy deleted after the plan read it is refused, saying so"() {
        given:
        def p = existing('guard-gone')
        client.deletePolicy(p.id())

        when:
        def report = new Applier(client, 1, ApplyProgress.SILENT).apply(planOf(
                new PolicyChange(ChangeAction.UPDATE, p.name(), p.id(), p.usn(), null, [], 0, withDescription(p, 'x'))))

        then:
        report.steps()[0].outcome() == StepOutcome.FAILED
        report.steps()[0].detail().contains('was deleted on the appliance after the plan was made')
    }

    def "an update followed by a disable of the same policy checks the disable against the usn the update left"() {
        given:
        def p = existing('guard-chain')
        def update = new PolicyChange(ChangeAction.UPDATE, p.name(), p.id(), p.usn(), null, [], 0, withDescription(p, 'new'))
        def disable = new PolicyChange(ChangeAction.DISABLE, p.name(), p.id(), p.usn(), null, [], 0, null)

        when:
        def report = new Applier(client, 2, ApplyProgress.SILENT).apply(planOf(update, disable))

        then:
        report.succeeded()
        client.getPolicy(p.id()).description() == 'new'
        client.getPolicy(p.id()).isEnabled() == false
    }

    def "a body the appliance refuses is reported in the script's words, at the policy's file and line"() {
        given: 'a create the offline checks would have stopped, sent anyway: production workers without a role'
        def region = client.regions().find { it.name() == 'us-east-1' }
        def role = client.accounts().find { it.name() == 'backup-prod' }
        def gold = client.slaTemplates().find { it.name() == 'gold' }
        def body = SlaPolicySpec.builder().name('refused').identityId(role.id()).backupType('AllItems')
                .regionIds([region.id()]).slaTemplateId(gold.id())
                .productionWorkersSettings(new ProductionWorkersSettings(true, null, null)).build()
        def create = new PolicyChange(ChangeAction.CREATE, 'refused', null, null, new SourceRef('prod.groovy', 7, 11), [], 0, body)

        when:
        def report = new Applier(client, 1, ApplyProgress.SILENT).apply(planOf(create))

        then:
        report.steps()[0].outcome() == StepOutcome.FAILED
        report.steps()[0].detail() == '(prod.groovy, line 7, column 11) the appliance refused policy "refused": workers role is ' +
                'required when workers production is true'
    }

    def "the appliance's warning about a created or updated policy is in the step's result"() {
        given: 'a policy over a region without instances, which the appliance warns protects nothing'
        def region = client.regions().find { it.name() == 'ap-south-1' }
        def role = client.accounts().find { it.name() == 'backup-prod' }
        def gold = client.slaTemplates().find { it.name() == 'gold' }
        def body = SlaPolicySpec.builder().name('warned').identityId(role.id()).backupType('AllItems')
                .regionIds([region.id()]).slaTemplateId(gold.id()).build()
        def create = new PolicyChange(ChangeAction.CREATE, 'warned', null, null, null, [], 0, body)

        when:
        def report = new Applier(client, 1, ApplyProgress.SILENT).apply(planOf(create))

        then:
        report.succeeded()
        report.steps()[0].warnings().size() == 1
        report.steps()[0].warnings()[0].contains('protects nothing')
    }

    def "a step that fails in an unexpected way is still reported, with the steps after it"() {
        given: 'an update whose policy ID is missing, which the client cannot even address'
        def broken = new PolicyChange(ChangeAction.UPDATE, 'no-id', null, 1L, null, [], 0,
                SlaPolicySpec.builder().name('no-id').identityId('r').backupType('AllItems').regionIds(['x']).slaTemplateId('s').build())
        def p = existing('after-broken')
        def delete = new PolicyChange(ChangeAction.DELETE, p.name(), p.id(), p.usn(), null, [], 0, null)

        when:
        def report = new Applier(client, 1, ApplyProgress.SILENT).apply(planOf(broken, delete))

        then:
        report.steps()*.outcome() == [StepOutcome.FAILED, StepOutcome.NOT_ATTEMPTED]
        report.steps()[0].detail()
        client.allPolicies().any { it.id() == p.id() }
    }

    def "a failure in one phase leaves the later phases not attempted"() {
        given:
        def doomed = existing('phase-doomed')
        def victim = existing('phase-victim')
        client.modifyPolicy(doomed.id(), withDescription(doomed, 'moved'))
        def update = new PolicyChange(ChangeAction.UPDATE, doomed.name(), doomed.id(), doomed.usn(), null, [], 0, withDescription(doomed, 'x'))
        def delete = new PolicyChange(ChangeAction.DELETE, victim.name(), victim.id(), victim.usn(), null, [], 0, null)

        when:
        def report = new Applier(client, 4, ApplyProgress.SILENT).apply(planOf(update, delete))

        then:
        report.steps()*.outcome() == [StepOutcome.FAILED, StepOutcome.NOT_ATTEMPTED]
        client.allPolicies().any { it.id() == victim.id() }
        report.summaryLine() == 'Apply failed: 0 of 2 changes done, 1 failed, 1 not attempted. Run plan again to see what remains.'
    }

    def "no more than the given number of requests are in flight at once, and more than one is"() {
        given: 'an appliance that holds the first requests until two are in flight, and counts how many are'
        def inFlight = new java.util.concurrent.atomic.AtomicInteger()
        def peak = new java.util.concurrent.atomic.AtomicInteger()
        def two = new java.util.concurrent.CountDownLatch(2)
        def server = new mockwebserver3.MockWebServer()
        server.dispatcher = new mockwebserver3.Dispatcher() {
            @Override
            mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') return io.vbaws.api.MockApplianceSpec.token()
                int now = inFlight.incrementAndGet()
                peak.accumulateAndGet(now, Math::max)
                two.countDown()
                two.await(5, java.util.concurrent.TimeUnit.SECONDS)
                inFlight.decrementAndGet()
                io.vbaws.api.MockApplianceSpec.ok([id: r.url.pathSegments().last(), name: 'p', usn: 1])
            }
        }
        server.start(0)
        def mockClient = ApplianceClient.create(ClientConfig.of(server.url('/').uri(), Credentials.of('admin', 'pw')))
        def changes = (1..6).collect { i ->
            new PolicyChange(ChangeAction.UPDATE, "p$i", "id-$i", 1L, null, [], 0,
                    SlaPolicySpec.builder().name("p$i").identityId('r').backupType('AllItems').regionIds(['x']).slaTemplateId('s').build())
        }

        when:
        def report = new Applier(mockClient, 2, ApplyProgress.SILENT).apply(planOf(*changes))

        then:
        report.succeeded()
        peak.get() == 2

        cleanup:
        mockClient?.close()
        server.close()
    }
}
