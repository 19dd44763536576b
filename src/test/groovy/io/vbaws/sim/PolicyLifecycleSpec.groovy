package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Instant

/** Create, read, modify, enable, disable and delete of SLA-based policies, with usn and priorities. */
class PolicyLifecycleSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'

    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared ApplianceHttp http

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir).withStartInstant(Instant.parse('2026-03-15T12:00:00Z')))
        http = ApplianceHttp.loggedIn(sim)
    }

    private long highestUsn() {
        http.all(POLICIES)*.usn.max() as long
    }

    def "a new appliance holds the three seeded policies, in priority order, sandbox-weekly disabled"() {
        when:
        def policies = http.all(POLICIES)

        then:
        policies*.name.take(3) == ['legacy-nightly', 'finance-db', 'sandbox-weekly']
        policies*.priority.take(3) == [1, 2, 3]
        policies.find { it.name == 'sandbox-weekly' }.isEnabled == false
        policies.find { it.name == 'sandbox-weekly' }.identity.type == 'Organization'
        policies.find { it.name == 'finance-db' }.identity == [id: http.accountId('backup-prod'), type: 'Account',
                                                              awsId: '111111111111', name: 'backup-prod', regionType: 'Global']
    }

    def "create answers the policy with an ID, the next priority, enabled, the next usn, and what was sent"() {
        given:
        def before = http.all(POLICIES)
        def body = http.policyBody('create-me', ['web-01', 'web-02'], [description: 'made by a spec',
                snapshotSettings: [additionalTags: [[key: 'owner', value: 'spec']], copyTagsFromVolumeEnabled: true]])

        when:
        def created = http.create(body)

        then:
        created.id ==~ /[0-9a-f-]{36}/
        created.priority == before.size() + 1
        created.isEnabled == true
        created.usn > (before*.usn.max() as long)
        created.name == 'create-me'
        created.description == 'made by a spec'
        created.selectedItems == body.selectedItems
        created.regionIds == body.regionIds
        created.snapshotSettings == body.snapshotSettings
        created.identity.name == 'backup-prod'

        and: 'the appliance fills in the retries a body leaves out'
        created.retrySettings == [retryTimes: 3]

        and:
        http.get("$POLICIES/$created.id").json == created
    }

    def "create, get and modify warn when the policy's scope matches no instance today, and stop once it does"() {
        given: 'a region of the small estate without instances'
        def body = http.policyBody('protects-nothing') + [regionIds: [http.regionId('ap-south-1')]]

        when:
        def created = http.create(body)

        then:
        created.warning == "The policy's scope matches no EC2 instance today: it protects nothing until an instance in " +
                'its regions, account and selection appears.'
        http.get("$POLICIES/$created.id").json.warning == created.warning
        !http.all(POLICIES).find { it.id == created.id }.containsKey('warning')

        when:
        def modified = http.put("$POLICIES/$created.id", http.policyBody('protects-nothing')).json

        then:
        modified.usn > created.usn
        !modified.containsKey('warning')
    }

    def "the collection filters by name pattern and by protected instance, and pages with Offset and Limit"() {
        given:
        http.create(http.policyBody('filter-alpha', ['db-01']))
        http.create(http.policyBody('filter-beta', ['cache-01']))

        expect:
        http.get(POLICIES, [SearchPattern: 'filter-']).json.results*.name == ['filter-alpha', 'filter-beta']
        http.get(POLICIES, [SearchPattern: 'FILTER-*A']).json.results*.name == ['filter-alpha', 'filter-beta']
        http.get(POLICIES, [searchpattern: 'alpha']).json.results*.name == ['filter-alpha']
        http.get(POLICIES, [VirtualMachineId: http.instanceId('us-east-1', 'cache-01')]).json.results*.name
                .containsAll(['finance-db', 'legacy-nightly', 'filter-beta'])
        !http.get(POLICIES, [VirtualMachineId: http.instanceId('us-east-1', 'cache-01')]).json.results*.name.contains('filter-alpha')

        when:
        def page = http.get(POLICIES, [Offset: 1, Limit: 2]).json

        then:
        page.offset == 1
        page.limit == 2
        page.results.size() == 2
        page.results*.priority == [2, 3]
        page.totalCount == http.all(POLICIES).size()
    }

    def "a negative Offset or a Limit below -1 is a 400"() {
        expect:
        http.get(POLICIES, [Offset: -1]).status == 400
        http.get(POLICIES, [Limit: -2]).status == 400
        http.get(POLICIES, [Limit: 'many']).json.details.contains('Limit must be a whole number')
    }

    def "modify replaces the body, keeps ID, priority and enablement, and takes the next usn"() {
        given:
        def created = http.create(http.policyBody('modify-me', ['app-01']))
        def usnBefore = highestUsn()

        when:
        def reply = http.put("$POLICIES/$created.id", http.policyBody('modify-me-renamed', ['app-01', 'app-02'], [retrySettings: [retryTimes: 5]]))

        then:
        reply.status == 200
        with(reply.json) {
            id == created.id
            name == 'modify-me-renamed'
            priority == created.priority
            isEnabled
            usn == usnBefore + 1
            selectedItems.virtualMachineIds.size() == 2
            retrySettings.retryTimes == 5
        }
    }

    def "disable and enable flip isEnabled and each takes the next usn; repeating one changes nothing"() {
        given:
        def created = http.create(http.policyBody('toggle-me', ['app-03']))

        when:
        def disabled = http.post("$POLICIES/$created.id/disable")
        def afterDisable = http.get("$POLICIES/$created.id").json
        def again = http.post("$POLICIES/$created.id/disable")
        def afterAgain = http.get("$POLICIES/$created.id").json
        def enabled = http.post("$POLICIES/$created.id/enable")
        def afterEnable = http.get("$POLICIES/$created.id").json

        then:
        [disabled, again, enabled]*.status == [200, 200, 200]
        afterDisable.isEnabled == false
        afterDisable.usn == created.usn + 1
        afterAgain.usn == afterDisable.usn
        afterEnable.isEnabled == true
        afterEnable.usn == highestUsn()
        afterEnable.usn > afterDisable.usn
    }

    def "delete answers 204, the policy is gone, and the priorities close the gap without touching usn"() {
        given:
        def first = http.create(http.policyBody('gap-1', ['db-02']))
        def second = http.create(http.policyBody('gap-2', ['db-02']))
        def third = http.create(http.policyBody('gap-3', ['db-02']))

        when:
        def reply = http.delete("$POLICIES/$second.id")

        then:
        reply.status == 204
        http.get("$POLICIES/$second.id").status == 404
        http.all(POLICIES)*.priority == (1..http.all(POLICIES).size()).toList()
        with(http.get("$POLICIES/$third.id").json) {
            priority == second.priority
            usn == third.usn
        }
        http.get("$POLICIES/$first.id").json.priority == first.priority
    }

    def "a policy deleted and created again under its name gets a new ID and a usn it never had"() {
        given:
        def original = http.create(http.policyBody('phoenix', ['web-03']))
        http.delete("$POLICIES/$original.id")

        when:
        def reborn = http.create(http.policyBody('phoenix', ['web-03']))

        then:
        reborn.id != original.id
        reborn.usn > original.usn
    }

    def "unknown policy IDs in the path are 404 NotFound on every policy endpoint"() {
        def id = UUID.randomUUID().toString()

        expect:
        [http.get("$POLICIES/$id"),
         http.put("$POLICIES/$id", http.policyBody('nobody')),
         http.delete("$POLICIES/$id"),
         http.post("$POLICIES/$id/enable"),
         http.post("$POLICIES/$id/disable"),
         http.get("$POLICIES/$id/protectedResources"),
         http.get("$POLICIES/$id/excludedItems"),
         http.get("$POLICIES/$id/regions"),
         http.get("$POLICIES/$id/cost"),
         http.get("$POLICIES/$id/slaReport"),
         http.get("$POLICIES/$id/slaResults"),
         http.get("$POLICIES/$id/slaInstances", [dateFrom: '2026-03-01', dateTo: '2026-03-02']),
         http.get("$POLICIES/$id/slaSessions/${http.instanceId('us-east-1', 'web-01')}", [dateFrom: '2026-03-01', dateTo: '2026-03-02']),
        ].every { it.status == 404 && it.json.errorCode == 'NotFound' && it.json.details.contains(id) }
    }
}
