package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Duration
import java.time.Instant

/**
 * The SLA endpoints agree over the seeded history: slaReport is the mean of slaInstances, every
 * row has planned = successful + missed and percent = successful / planned, and slaSessions and
 * slaSessionLogs account for every figure, with the mid-window credit of NOTES.md.
 */
class ComplianceSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'
    static final Instant START = Instant.parse('2026-03-15T12:00:00Z')
    static final List<String> KINDS = ['Snapshot', 'Replica', 'Backup', 'Archive']

    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared ApplianceHttp http
    @Shared Map<String, Double> targets

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir).withStartInstant(START))
        http = ApplianceHttp.loggedIn(sim)
        targets = http.all('/policyTemplates/slaTemplates').collectEntries { [it.id, it.targetSla] }
    }

    private Map policy(String name) {
        http.policyNamed(name)
    }

    private Map instances(Map policy, Instant from, Instant to, Map query = [:]) {
        http.slaInstances(policy, from, to, query)
    }

    private List sessions(Map policy, String instanceId, Instant from, Instant to, Map query = [:]) {
        http.slaSessions(policy, instanceId, from, to, query)
    }

    private Instant now() {
        http.clockNow()
    }

    def "slaReport's figure of each kind is the mean over the policy's instances of the last 30 days, judged against the template"() {
        expect:
        ['legacy-nightly', 'finance-db', 'sandbox-weekly'].each { name ->
            def p = policy(name)
            def report = http.get("$POLICIES/$p.id/slaReport").json.results[0]
            assert report.name == name && report.priority == p.priority && report.isEnabled == p.isEnabled
            KINDS.each { kind ->
                def figure = report["${kind.toLowerCase()}SlaReport"]
                def rows = instances(p, now().minus(Duration.ofDays(30)), now().plusSeconds(1), [backupType: kind]).results
                        .findAll { it.status != 'Removed' }
                if (rows.isEmpty()) {
                    assert figure.status == 'NotCalculated' && figure.achievedSlaPercent == null
                } else {
                    double mean = rows*.achievedSlaPercent.sum() / rows.size()
                    assert Math.abs(figure.achievedSlaPercent - mean) <= 0.01: "$name $kind: $figure vs $mean"
                    assert figure.status == (figure.achievedSlaPercent >= targets[p.slaTemplateId] ? 'MetSla' : 'MissedSla')
                }
            }
        }
    }

    def "the seeded history has figures for every kind the policies make, and both met and missed instances"() {
        when:
        def finance = http.get("$POLICIES/${policy('finance-db').id}/slaReport").json.results[0]
        def legacy = http.get("$POLICIES/${policy('legacy-nightly').id}/slaReport").json.results[0]
        def rows = instances(policy('legacy-nightly'), START.minus(Duration.ofDays(30)), START).results

        then: 'finance-db replicates and archives (gold, glacier-archive); legacy-nightly neither (silver, s3-90d)'
        KINDS.every { finance["${it.toLowerCase()}SlaReport"].status != 'NotCalculated' }
        legacy.snapshotSlaReport.status != 'NotCalculated'
        legacy.backupSlaReport.status != 'NotCalculated'
        legacy.replicaSlaReport.status == 'NotCalculated'
        legacy.archiveSlaReport.status == 'NotCalculated'

        and: 'some instances are reliably worse than the rest'
        rows.any { it.status == 'MetSla' }
        rows.any { it.status == 'MissedSla' }
    }

    def "every instance row has planned = successful + missed, percent = successful / planned, and its status against the target"() {
        expect:
        ['legacy-nightly', 'finance-db', 'sandbox-weekly'].each { name ->
            def p = policy(name)
            def answer = instances(p, START.minus(Duration.ofDays(45)), START)
            def scored = answer.results.findAll { it.status != 'Removed' }
            assert !scored.isEmpty()
            scored.each { row ->
                assert row.planned == row.successful + row.missed
                assert row.planned > 0
                assert Math.abs(row.achievedSlaPercent - 100.0 * row.successful / row.planned) <= 0.005
                assert row.status == (row.achievedSlaPercent >= targets[p.slaTemplateId] ? 'MetSla' : 'MissedSla')
            }
            assert answer.statistics == [metTargetSla: scored.count { it.status == 'MetSla' },
                                         missedTargetSla: scored.count { it.status == 'MissedSla' },
                                         removed: answer.results.count { it.status == 'Removed' }]
            assert answer.totalCount == answer.results.size()
        }
    }

    def "the sessions account for every figure: failures are the misses, and only runs before an instance joined are credited"() {
        given:
        def p = policy(name)
        Instant from = START.minus(Duration.ofDays(30))
        Instant to = START.plusSeconds(1)

        expect:
        KINDS.each { kind ->
            instances(p, from, to, [backupType: kind]).results.findAll { it.status != 'Removed' }.each { row ->
                def list = sessions(p, row.instanceId, from, to, [backupType: kind])
                int failed = list.count { it.status == 'Failed' }
                int made = list.count { it.status in ['Success', 'Warning'] }
                int credited = row.planned - list.size()
                assert failed + made == list.size()
                assert row.missed == failed
                assert row.successful == made + credited
                assert credited >= 0
                if (row.instanceName == joinedLate) {
                    assert credited > 0: "$row.instanceName joined 9 days ago: the runs before are credited"
                } else {
                    assert credited == 0: "$name $kind $row.instanceName"
                }
            }
        }

        where:
        name             | joinedLate
        'legacy-nightly' | null
        'finance-db'     | 'cache-01'
        'sandbox-weekly' | null
    }

    def "after an instance joined there is nothing to credit: its figure is its sessions alone"() {
        given:
        def p = policy('finance-db')
        String cache = http.instanceId('us-east-1', 'cache-01')
        Instant from = START.minus(Duration.ofDays(8))

        when:
        def row = instances(p, from, START.plusSeconds(1), [searchPattern: 'cache-01']).results[0]
        def list = sessions(p, cache, from, START.plusSeconds(1))

        then:
        row.instanceId == cache
        row.planned == list.size()
        row.missed == list.count { it.status == 'Failed' }
    }

    def "sessions are newest first, carry the region's time zone, and stop while a policy is disabled"() {
        given:
        def sandbox = policy('sandbox-weekly')
        def member = http.all("$POLICIES/$sandbox.id/protectedResources")[0]

        when:
        def recent = sessions(sandbox, member.id, START.minus(Duration.ofDays(12)), START.plusSeconds(1))
        def earlier = sessions(sandbox, member.id, START.minus(Duration.ofDays(40)), START.minus(Duration.ofDays(12)))

        then:
        recent.isEmpty()
        !earlier.isEmpty()
        earlier*.startTime*.sessionTimestampUtc == earlier*.startTime*.sessionTimestampUtc.sort().reverse()
        earlier.every { it.startTime.resourceTimezone.name in ['America/New_York', 'America/Los_Angeles'] }
        earlier.every { it.startTime.resourceTimezone.timezoneOffset ==~ /[+-]\d\d:\d\d/ }
    }

    def "each session's log tells its story: the instance, its volumes, and a last line that matches its status"() {
        given:
        def p = policy('finance-db')
        String db = http.instanceId('us-east-1', 'db-01')
        def list = sessions(p, db, START.minus(Duration.ofDays(30)), START)
        def sample = list.take(10) + list.findAll { it.status != 'Success' }

        expect:
        sample.size() > 10
        sample.every { s ->
            def log = http.all("$POLICIES/slaSessions/$s.sessionId/slaSessionLogs")
            String last = log[-1].status
            log[0].sessionLogName.contains('db-01') &&
                    log[0].startTime.sessionTimestampUtc == s.startTime.sessionTimestampUtc &&
                    (s.status == 'Failed' ? last == 'Error' : s.status == 'Warning' ? last == 'Warning' : last == 'Success')
        }
    }

    def "a session ID the appliance never issued is a 404"() {
        expect:
        http.get("$POLICIES/slaSessions/${UUID.randomUUID()}/slaSessionLogs").status == 404
        http.get("$POLICIES/slaSessions/not-a-uuid/slaSessionLogs").status == 404
    }

    def "an instance removed from a policy is listed as Removed while its time in the window lasts, and not scored"() {
        given: 'legacy-nightly excluded backup=skip 20 days ago, so web-canary left it'
        def p = policy('legacy-nightly')

        when:
        def month = instances(p, START.minus(Duration.ofDays(30)), START)
        def lastWeek = instances(p, START.minus(Duration.ofDays(7)), START)
        def removedOnly = instances(p, START.minus(Duration.ofDays(30)), START, [slaComplianceStatus: 'Removed'])

        then:
        month.results.find { it.instanceName == 'web-canary' }.status == 'Removed'
        month.results.find { it.instanceName == 'web-canary' }.achievedSlaPercent == null
        month.statistics.removed >= 1
        !lastWeek.results.any { it.instanceName == 'web-canary' }
        removedOnly.results*.status.every { it == 'Removed' }
        removedOnly.results*.instanceName.contains('web-canary')
        sessions(p, http.instanceId('us-east-1', 'web-canary'), START.minus(Duration.ofDays(30)), START)
                .every { Instant.parse(it.startTime.sessionTimestampUtc) < START.minus(Duration.ofDays(19)) }
    }

    def "slaResults gives 14 daily, up to 12 weekly and 12 monthly periods, oldest first, each the mean of that period's instances"() {
        given:
        def p = policy('legacy-nightly')

        when:
        def daily = http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Daily']).json.results
        def weekly = http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Weekly']).json.results
        def monthly = http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Monthly']).json.results
        def all = http.get("$POLICIES/$p.id/slaResults").json

        then:
        daily.size() == 14
        daily.every { Duration.between(Instant.parse(it.from), Instant.parse(it.to)) == Duration.ofDays(1) }
        daily*.from == daily*.from.sort()
        weekly.size() == 12
        monthly.isEmpty() // silver has no monthly schedule
        all.totalCount == daily.size() + weekly.size()

        and:
        daily.every { period ->
            def rows = instances(p, Instant.parse(period.from), Instant.parse(period.to), [scheduleType: 'Daily']).results
                    .findAll { it.status != 'Removed' }
            rows.size() == period.processedObjects &&
                    Math.abs(rows*.achievedSlaPercent.sum() / rows.size() - period.achievedSlaPercent) <= 0.01 &&
                    period.status == (period.achievedSlaPercent >= 97.0 ? 'MetSla' : 'MissedSla')
        }
    }

    def "slaResults filters by period status and by backup kind"() {
        given:
        def p = policy('finance-db')

        when:
        def all = http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Daily']).json.results
        def met = http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Daily', ec2SlaFilterSessionStatus: 'MetSla']).json.results
        def missed = http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Daily', ec2SlaFilterSessionStatus: 'MissedSla']).json.results
        def archives = http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Monthly', backupType: 'Archive']).json.results

        then:
        met.every { it.status == 'MetSla' }
        missed.every { it.status == 'MissedSla' }
        met.size() + missed.size() == all.size()
        archives.size() in 3..4
        archives.every { it.achievedSlaPercent in [0.0, 20.0, 25.0, 33.33, 40.0, 50.0, 60.0, 66.67, 75.0, 80.0, 100.0] || it.processedObjects > 5 }
    }

    def "bad filter values and a missing date are 400s naming the parameter"() {
        given:
        def p = policy('finance-db')

        expect:
        http.get("$POLICIES/$p.id/slaInstances", [dateTo: '2026-03-01']).json.details.contains('dateFrom is required')
        http.get("$POLICIES/$p.id/slaInstances", [dateFrom: 'yesterday', dateTo: '2026-03-01']).json.details.contains('dateFrom must be an ISO 8601')
        http.get("$POLICIES/$p.id/slaInstances", [dateFrom: '2026-03-02', dateTo: '2026-03-01']).status == 400
        http.get("$POLICIES/$p.id/slaResults", [backupType: 'Tape']).json.details.contains("backupType must be Snapshot, Replica, Backup or Archive, not 'Tape'")
        http.get("$POLICIES/$p.id/slaResults", [scheduleType: 'Hourly']).status == 400
        http.get("$POLICIES/$p.id/slaResults", [ec2SlaFilterSessionStatus: 'Good']).status == 400
        http.get("$POLICIES/$p.id/slaSessions/${http.instanceId('us-east-1', 'db-01')}", [dateFrom: '2026-03-01']).status == 400
    }

    def "the same seed and start give the same figures and session IDs"() {
        given:
        def otherDir = File.createTempDir().toPath()
        def twin = SimulatedAppliance.start(SimOptions.defaults(otherDir).withStartInstant(START))
        def twinHttp = ApplianceHttp.loggedIn(twin)
        def p = policy('finance-db')
        String db = http.instanceId('us-east-1', 'db-01')

        expect:
        twinHttp.policyNamed('finance-db').id == p.id
        twinHttp.get("$POLICIES/$p.id/slaInstances", [dateFrom: '2026-02-01', dateTo: '2026-03-01']).json ==
                http.get("$POLICIES/$p.id/slaInstances", [dateFrom: '2026-02-01', dateTo: '2026-03-01']).json
        twinHttp.get("$POLICIES/$p.id/slaSessions/$db", [dateFrom: '2026-02-01', dateTo: '2026-02-03']).json ==
                http.get("$POLICIES/$p.id/slaSessions/$db", [dateFrom: '2026-02-01', dateTo: '2026-02-03']).json

        cleanup:
        twin?.close()
        otherDir.toFile().deleteDir()
    }

    def "the sessions collection sums up each policy run, and its log lists every instance of the run"() {
        given:
        def p = policy('finance-db')

        when:
        def list = http.get('/sessions', [PolicyId: p.id, FromUtc: '2026-03-01T00:00:00Z', ToUtc: '2026-03-08T00:00:00Z']).json
        def failed = http.get('/sessions', [PolicyId: p.id, Status: 'Warning,Failed', FromUtc: '2026-02-01', ToUtc: '2026-03-08']).json.results
        def first = list.results[0]
        def log = http.get("/sessions/$first.id/log").json

        then:
        list.totalCount > 0
        list.results.every { it.type == 'Policy' && it.policyId == p.id && it.status in ['Succeeded', 'Warning', 'Failed'] }
        list.results.every { Instant.parse(it.executionStartTime) >= Instant.parse('2026-03-01T00:00:00Z') }
        !failed.isEmpty()
        failed.every { it.status != 'Succeeded' && it.reason }
        http.get("/sessions/$first.id").json == first
        log.sessionId == first.id
        log.log.size() >= 3
        http.get("/sessions/${UUID.randomUUID()}/log").status == 404
        http.get('/sessions', [VmId: http.instanceId('us-east-1', 'cache-01'), PolicyId: p.id, FromUtc: '2026-02-01', ToUtc: '2026-03-01']).json.totalCount == 0
    }

    def "a fixture computed by hand: one instance on bronze for three days has three snapshots, and the policy's figure is its percent"() {
        given: 'a fresh appliance, a bronze policy (a snapshot at every local midnight, a backup on Sundays at 02:00) for one instance'
        def own = SimulatedAppliance.start(SimOptions.defaults(dir.resolve('hand')).withStartInstant(START))
        def api = ApplianceHttp.loggedIn(own)
        def p = api.create(api.policyBody('hand-computed', ['web-01'], [slaTemplateId: api.templateId('bronze')]))

        when: 'three days pass: from Sunday 15 March 12:00 UTC to Wednesday 18 March 12:00 UTC'
        api.post('/sim/advance?days=3')
        def row = api.slaInstances(p, START, START.plus(Duration.ofDays(3)), [backupType: 'Snapshot']).results
        def report = api.get("$POLICIES/$p.id/slaReport").json.results[0]

        then: 'any 72 hours hold exactly three local midnights: three planned snapshots'
        row.size() == 1
        row[0].planned == 3
        row[0].successful + row[0].missed == 3

        and: 'one scored instance: the mean is its percent, by hand 3/3, 2/3, 1/3 or 0/3, judged against 95%'
        report.snapshotSlaReport.achievedSlaPercent == [100.0, 66.67, 33.33, 0.0][row[0].missed as int]
        report.snapshotSlaReport.status == (row[0].missed == 0 ? 'MetSla' : 'MissedSla')

        and: 'no Sunday 02:00 after the policy was made, no replica or archive in bronze: nothing to score'
        report.backupSlaReport == [status: 'NotCalculated']
        report.replicaSlaReport == [status: 'NotCalculated']
        report.archiveSlaReport == [status: 'NotCalculated']

        cleanup:
        own?.close()
    }
}
