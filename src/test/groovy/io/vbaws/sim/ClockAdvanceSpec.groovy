package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Duration
import java.time.Instant

/** History as the appliance's clock moves: sessions run for new policies, and derived figures follow changes. */
class ClockAdvanceSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'
    static final Instant START = Instant.parse('2026-03-15T12:00:00Z')

    @TempDir Path dir
    @AutoCleanup SimulatedAppliance sim
    ApplianceHttp http

    def setup() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir).withStartInstant(START))
        http = ApplianceHttp.loggedIn(sim)
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

    def "advancing the clock moves it by the days, hours and minutes asked, and persists it; backwards is refused"() {
        when:
        def reply = http.post('/sim/advance?days=1&hours=2&minutes=30')

        then:
        reply.status == 200
        Instant.parse(reply.json.from) == START
        now() == START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(150))
        sim.clock().now() == now()
        http.post('/sim/advance?days=-1').status == 400
        http.post('/sim/advance').status == 400

        when:
        sim.clock().advance(Duration.ofHours(1))

        then:
        now() == START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(210))
    }

    def "excluded volumes are left out of the session log"() {
        given:
        String volume = http.all("/virtualMachines/${http.instanceId('us-east-1', 'db-02')}/volumes").find { it.name == 'db-02-logs' }.id
        def p = http.create(http.policyBody('no-logs-volume', ['db-02'], [excludedItems: [excludedVolumes: [excludedItems: [[id: volume, type: 'Volume']]]]]))
        http.post('/sim/advance?hours=12')
        def session = sessions(p, http.instanceId('us-east-1', 'db-02'), START, now().plusSeconds(1), [backupType: 'Snapshot'])[0]

        when:
        def log = http.all("$POLICIES/slaSessions/$session.sessionId/slaSessionLogs")*.sessionLogName

        then:
        log.any { it.contains('db-02-data') }
        log.any { it.contains('db-02-root') }
        !log.any { it.contains('db-02-logs') }
    }


    def "a new policy has no figures until the clock moves; then it has history"() {
        given:
        def p = http.create(http.policyBody('fresh', ['web-04']))

        expect:
        http.get("$POLICIES/$p.id/slaReport").json.results[0].snapshotSlaReport.status == 'NotCalculated'

        when:
        Instant before = now()
        def advanced = http.post('/sim/advance?days=2')
        def row = instances(p, before, now().plusSeconds(1), [backupType: 'Snapshot']).results[0]

        then:
        advanced.status == 200
        Instant.parse(advanced.json.now) == before.plus(Duration.ofDays(2))
        row.planned == 12 // six snapshots a day in gold
        sessions(p, http.instanceId('us-east-1', 'web-04'), before, now().plusSeconds(1), [backupType: 'Snapshot']).size() == 12
        http.get("$POLICIES/$p.id/slaReport").json.results[0].snapshotSlaReport.status in ['MetSla', 'MissedSla']
    }


    def "changing the template recalculates the past"() {
        given:
        def p = http.create(http.policyBody('retemplated', ['app-02'], [slaTemplateId: http.templateId('bronze')]))
        http.post('/sim/advance?days=3')
        Instant from = now().minus(Duration.ofDays(3))
        int bronze = instances(p, from, now().plusSeconds(1), [backupType: 'Snapshot']).results[0].planned

        when:
        http.put("$POLICIES/$p.id", http.policyBody('retemplated', ['app-02'], [slaTemplateId: http.templateId('gold')]))
        int gold = instances(p, from, now().plusSeconds(1), [backupType: 'Snapshot']).results[0].planned

        then: 'created at 08:00 in New York: that run was already due; bronze snapshots at midnight, gold every four hours'
        bronze == 3
        gold == 18
    }

}
