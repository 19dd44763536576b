package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import javax.xml.parsers.DocumentBuilderFactory
import java.nio.file.Path

/** The cost estimates (a documented, deterministic price model) and the CSV/XML export. */
class CostAndExportSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'

    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared ApplianceHttp http

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        http = ApplianceHttp.loggedIn(sim)
    }

    private Map estimate(Map body) {
        def reply = http.post("$POLICIES/cost", body)
        assert reply.status == 200: reply.toString()
        reply.json
    }

    private static BigDecimal money(value) {
        new BigDecimal(value.toString())
    }

    def "an estimate has one line per protected instance, and every total is the sum of its lines"() {
        when:
        def cost = estimate(http.policyBody('cost-all'))
        def parts = ['snapshotCost', 'replicaCost', 'backupCost', 'backupCopyCost', 'trafficCost', 'transactionCost']

        then:
        !cost.isEmpty
        cost.instancesCosts.size() == http.all('/virtualMachines', [RegionId: http.regionId('us-east-1'), ResourceAwsAccountId: '111111111111']).size()
        cost.instancesCosts.every { line -> money(line.totalCost) == parts.sum { money(line[it]) } }
        parts.every { part -> money(cost["total${part.capitalize()}"]) == cost.instancesCosts.sum { money(it[part]) } }
        money(cost.totalCost) == cost.instancesCosts.sum { money(it.totalCost) }
    }

    def "a bigger instance costs more under the same policy"() {
        when: 'db-01 has 750 GB of volumes, web-01 130 GB'
        def lines = estimate(http.policyBody('cost-two', ['web-01', 'db-01'])).instancesCosts.collectEntries { [it.instanceName, money(it.totalCost)] }

        then:
        lines['db-01'] > lines['web-01']
    }

    def "more restore points kept cost more: gold above silver above bronze"() {
        when:
        def costs = ['gold', 'silver', 'bronze'].collect { name ->
            money(estimate(http.policyBody("cost-$name", ['app-01'], [slaTemplateId: http.templateId(name)])).totalCost)
        }

        then:
        costs[0] > costs[1]
        costs[1] > costs[2]
    }

    def "replicas and archives appear only when the policy replicates and its storage archives"() {
        given:
        def replica = [sourceRegionId: http.regionId('us-east-1'), targetRegionId: http.regionId('us-west-2'), targetIAMRoleId: http.accountId('dr-role')]

        when:
        def plain = estimate(http.policyBody('cost-plain', ['app-01']))
        def full = estimate(http.policyBody('cost-full', ['app-01'], [storageTemplateId: http.storageId('glacier-archive'),
                replicaSettings: [mapping: [replica]]]))

        then:
        money(plain.totalReplicaCost) == 0
        money(plain.totalBackupCopyCost) == 0
        money(full.totalReplicaCost) > 0
        money(full.totalTrafficCost) > 0
        money(full.totalBackupCopyCost) > 0
    }

    def "excluding volumes lowers the estimate"() {
        given:
        String db = http.instanceId('us-east-1', 'db-01')
        def data = http.all("/virtualMachines/$db/volumes").find { it.name == 'db-01-data' }

        when:
        def whole = money(estimate(http.policyBody('cost-db', ['db-01'])).totalCost)
        def lighter = money(estimate(http.policyBody('cost-db', ['db-01'], [excludedItems: [excludedVolumes: [excludeSystemVolumes: true,
                excludedItems: [[id: data.id, type: 'Volume']]]]])).totalCost)

        then:
        lighter < whole
    }

    def "the estimate is deterministic, empty when nothing is protected, and the cost of a policy is the estimate of its body"() {
        given:
        def finance = http.policyNamed('finance-db')
        def body = http.get("$POLICIES/$finance.id").json.subMap(['name', 'description', 'identityId', 'backupType', 'selectedItems',
                'excludedItems', 'regionIds', 'storageTemplateId', 'slaTemplateId', 'snapshotSettings', 'replicaSettings'])
        body.identityId = finance.identity.id

        expect:
        estimate(http.policyBody('same', ['web-02'])) == estimate(http.policyBody('same', ['web-02']))
        estimate(http.policyBody('nothing', ['dev-app-01'])).isEmpty == true
        estimate(http.policyBody('nothing', ['dev-app-01'])).instancesCosts == []
        http.get("$POLICIES/$finance.id/cost").json == estimate(body)
    }

    def "the export answers CSV with a header and one line per policy in priority order"() {
        when:
        def reply = http.post("$POLICIES/export", null, [Accept: 'text/csv'])
        def lines = reply.text.readLines()

        then:
        reply.status == 200
        reply.header('Content-Type').startsWith('text/csv')
        lines[0] == 'Id,Name,Description,Priority,Enabled,Identity,IdentityType,Regions,BackupType,SlaTemplate,StorageTemplate,ProtectedInstances,Usn'
        lines.size() == 1 + http.all(POLICIES).size()
        lines[1].contains(',legacy-nightly,')
        lines[2].contains(',finance-db,"Finance databases, replicated to us-west-2 for disaster recovery",2,true,backup-prod,Account,us-east-1;eu-west-1,SelectedItems,gold,glacier-archive,')
        lines[3].contains(',sandbox-weekly,')
        lines[3].contains(',3,false,acme,Organization,')
    }

    def "the export answers XML when asked for it"() {
        when:
        def reply = http.post("$POLICIES/export", null, [Accept: 'application/xml'])
        def xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(reply.text.getBytes('UTF-8')))
        def policies = xml.documentElement.getElementsByTagName('Policy')
        def finance = policies.item(1)

        then:
        reply.status == 200
        reply.header('Content-Type').startsWith('application/xml')
        xml.documentElement.tagName == 'Ec2SlaBasedPolicies'
        policies.length == http.all(POLICIES).size()
        finance.getElementsByTagName('Name').item(0).textContent == 'finance-db'
        (0..<2).collect { finance.getElementsByTagName('Region').item(it).textContent } == ['us-east-1', 'eu-west-1']
        finance.getAttribute('id') == http.policyNamed('finance-db').id
    }

    def "the export refuses any other Accept with 406"() {
        expect:
        http.post("$POLICIES/export", null, [Accept: accept]).status == 406

        where:
        accept << ['application/json', '*/*', 'text/html']
    }
}
