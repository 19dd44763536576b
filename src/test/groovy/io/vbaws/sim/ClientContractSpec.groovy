package io.vbaws.sim

import io.vbaws.api.ApiException
import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.api.ExportFormat
import io.vbaws.api.PolicyQuery
import io.vbaws.api.RetryPolicy
import io.vbaws.api.SessionQuery
import io.vbaws.api.SlaInstancesQuery
import io.vbaws.api.SlaResultsQuery
import io.vbaws.api.SlaSessionsQuery
import io.vbaws.api.TrustSettings
import io.vbaws.api.VirtualMachineQuery
import io.vbaws.api.model.PolicyPriority
import io.vbaws.api.model.PriorityOrder
import io.vbaws.api.model.SelectedItems
import io.vbaws.api.model.SlaPolicySpec
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Duration
import java.time.Instant

/**
 * The HTTP contract between io.vbaws.api's client and the simulated appliance: every client
 * operation against the sim over HTTPS pinned by fingerprint, with small pages so paging is walked.
 */
class ClientContractSpec extends Specification {
    static final Instant START = Instant.parse('2026-03-15T12:00:00Z')

    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared @AutoCleanup ApplianceClient client

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir).withTls(true).withStartInstant(START))
        client = ApplianceClient.create(ClientConfig.of(sim.baseUri(), Credentials.of('admin', SimOptions.DEFAULT_ADMIN_PASSWORD))
                .withTrust(TrustSettings.pinned(sim.certificateFingerprint())).withPageSize(7).withRetries(RetryPolicy.none()))
    }

    @Shared Map<String, String> known = [:]

    private String regionId(String code) {
        if (!known["region/$code"]) {
            known["region/$code"] = client.regions().find { it.name() == code }.id()
        }
        known["region/$code"]
    }

    private String instanceId(String region, String name) {
        if (!known["vm/$region/$name"]) {
            known["vm/$region/$name"] = client.virtualMachines(VirtualMachineQuery.inRegion(regionId(region))).find { it.name() == name }.id()
        }
        known["vm/$region/$name"]
    }

    private SlaPolicySpec spec(String name, List<String> instances) {
        SlaPolicySpec.builder().name(name).identityId(client.accounts().find { it.name() == 'backup-prod' }.id())
                .backupType('SelectedItems').selectedItems(new SelectedItems(instances.collect { instanceId('us-east-1', it) }, []))
                .regionIds([regionId('us-east-1')]).slaTemplateId(client.slaTemplates().find { it.name() == 'gold' }.id()).build()
    }

    def "the supporting reads walk their pages and find the named core"() {
        expect:
        client.systemVersion().version()
        client.regions().size() == AwsRegions.ALL.size()
        client.tags().size() == EstateSize.SMALL.tags()
        client.virtualMachines(VirtualMachineQuery.all()).size() == 80
        client.volumes(instanceId('us-east-1', 'db-01'))*.name() == ['db-01-root', 'db-01-data', 'db-01-logs']
        client.virtualMachine(instanceId('eu-west-1', 'web-01')).region().name() == 'eu-west-1'
        client.accounts()*.name() == ['backup-prod', 'backup-dev', 'dr-role', 'worker-role', 'backup-audit']
        client.organizations()*.name() == ['acme']
        client.slaTemplates()*.name() == ['gold', 'silver', 'bronze']
        client.storageTemplates()*.name() == ['s3-90d', 's3-1y', 'glacier-archive']
        client.encryptionKeys(client.accounts().find { it.name() == 'dr-role' }.id(), regionId('us-west-2'))*.alias() ==
                ['alias/dr', 'alias/backup', 'alias/aws/ebs']
    }

    def "policies are created, read, listed, modified, enabled, disabled, reordered and deleted"() {
        when:
        def created = client.createPolicy(spec('contract', ['web-01']))
        def modified = client.modifyPolicy(created.id(), spec('contract', ['web-01', 'web-02']))
        client.disablePolicy(created.id())
        def disabled = client.getPolicy(created.id())
        client.enablePolicy(created.id())
        client.orderPriorities(new PriorityOrder([new PolicyPriority(created.id(), 1)]))

        then:
        modified.usn() > created.usn()
        !disabled.isEnabled()
        client.getPolicy(created.id()).priority() == 1
        client.allPolicies()*.name().first() == 'contract'
        client.listPolicies(new PolicyQuery('contract', null, 0, 10)).results()*.id() == [created.id()]
        client.allPolicies(null, instanceId('us-east-1', 'web-02'))*.name().contains('contract')
        client.protectedResources(created.id()).size() == 2
        client.excludedItems(created.id()).isEmpty()
        client.policyRegions(created.id())*.name() == ['us-east-1']
        client.policyCost(created.id()).instancesCosts().size() == 2
        client.estimateCost(spec('estimate', ['web-03'])).instancesCosts()*.instanceName() == ['web-03']
        client.exportPolicies(ExportFormat.CSV).readLines().size() == client.allPolicies().size() + 1
        client.exportPolicies(ExportFormat.XML).contains('<Ec2SlaBasedPolicies>')

        when:
        client.deletePolicy(created.id())
        client.getPolicy(created.id())

        then:
        def e = thrown(ApiException)
        e.status() == 404
        e.errorCode() == 'NotFound'
    }

    def "a validation error reaches the client with the appliance's title and details"() {
        when:
        client.createPolicy(spec('legacy-nightly', ['web-01']))

        then:
        def e = thrown(ApiException)
        e.status() == 400
        e.details().contains("a policy named 'legacy-nightly' already exists")
    }

    def "the SLA reads agree through the client, paging included"() {
        given:
        def finance = client.allPolicies('finance-db', null)[0]
        Instant from = START.minus(Duration.ofDays(30))
        Instant to = START.plusSeconds(1)
        String db = instanceId('us-east-1', 'db-01')

        when:
        def report = client.slaReport(finance.id())[0]
        def rows = client.slaInstances(finance.id(), SlaInstancesQuery.between(from, to))
        def sessions = client.slaSessions(finance.id(), db, SlaSessionsQuery.between(from, to))
        def periods = client.slaResults(finance.id(), SlaResultsQuery.all())

        then:
        report.name() == 'finance-db'
        rows.results().size() == rows.statistics().metTargetSla() + rows.statistics().missedTargetSla() + rows.statistics().removed()
        rows.results().find { it.instanceId() == db }.planned() == sessions.size()
        !periods.isEmpty()
        client.slaSessionLogs(sessions[0].sessionId()).last().status() in ['Success', 'Warning', 'Error']
    }

    def "the session collection and its logs come through the client"() {
        given:
        def finance = client.allPolicies('finance-db', null)[0]

        when:
        def sessions = client.sessions(new SessionQuery(finance.id(), null, [], START.minus(Duration.ofDays(2)), START, null))

        then:
        sessions.size() > 7
        sessions.every { it.policyId() == finance.id() }
        client.sessionLog(sessions[0].id()).sessionId() == sessions[0].id()
    }
}
