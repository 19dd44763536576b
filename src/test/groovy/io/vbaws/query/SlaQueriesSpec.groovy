package io.vbaws.query

import io.vbaws.repl.FakeAppliance
import spock.lang.AutoCleanup
import spock.lang.Specification

import java.time.Clock

/**
 * The query layer over a fake appliance whose answers are known: each question answers with the
 * rows the appliance's data implies, the same through the functions the REPL and runbooks call.
 */
class SlaQueriesSpec extends Specification {
    @AutoCleanup FakeAppliance appliance = new FakeAppliance().start()
    @AutoCleanup('close') def client = appliance.client()
    QueryFunctions functions = new QueryFunctions(new SlaQueries(client, new TimeArguments(Clock.systemUTC())))

    def "report() of a policy the slaReport does not list is empty, never another policy's figures"() {
        given:
        appliance.slaReportOfAnotherPolicy = true

        when:
        def rows = functions.report('finance-db')
        def listed = functions.policies().find { it.name == 'finance-db' }

        then:
        rows*.achievedSlaPercent == [null, null, null, null]
        rows*.status == [null, null, null, null]
        listed.snapshotSla == null
    }

    def "periods() without a schedule type answers every type, each row saying which"() {
        when:
        def all = functions.periods([:], 'legacy-nightly')
        def weekly = functions.periods([scheduleType: 'weekly'], 'legacy-nightly')

        then:
        all.countBy { it.scheduleType } == [Daily: 14, Weekly: 14, Monthly: 14]
        all.first().keySet().first() == 'scheduleType'
        weekly.size() == 14
        weekly.every { it.scheduleType == 'Weekly' }
    }

    def "instances() and cost() tell two instances of one name apart by their region"() {
        when:
        def instances = functions.instances([:], 'legacy-nightly').findAll { it.instanceName == 'web-01' }
        def costs = functions.cost('legacy-nightly').findAll { it.instanceName == 'web-01' }

        then:
        instances*.region as Set == ['us-east-1', 'eu-west-1'] as Set
        costs*.region as Set == ['us-east-1', 'eu-west-1'] as Set
    }

    def "the instances' regions are read once a session, not once a question"() {
        when:
        3.times { functions.instances([:], 'legacy-nightly') }
        functions.cost('legacy-nightly')

        then:
        appliance.hits['GET /virtualMachines'].get() == 1
    }

    def "an instance not seen before is looked for again, at most once a minute"() {
        given:
        long now = 0
        def regions = new InstanceRegions(client, { now } as java.util.function.LongSupplier)

        when:
        def first = regions.of('no-such-instance')
        regions.of('no-such-instance')
        now += java.util.concurrent.TimeUnit.SECONDS.toNanos(61)
        regions.of('no-such-instance')

        then:
        first == null
        appliance.hits['GET /virtualMachines'].get() == 2
    }

    def "missed() is every instance that missed its SLA, a row per failed session with its region and reason"() {
        when:
        def rows = functions.missed([from: '7d'])

        then:
        rows.collect { [it.policy, it.instanceName, it.region, it.status] } == [
            ['legacy-nightly', 'web-01', 'eu-west-1', 'Failed'],
            ['legacy-nightly', 'db-01', 'us-east-1', 'Failed'],
            ['finance-db', 'app-01', 'us-east-1', 'Failed'],
        ]
        rows.every { it.reason == 'Snapshot failed: InsufficientInstanceCapacity' }
        rows.every { it.sessionStart == '2026-10-03T02:00:00Z' && it.sessionId.endsWith('3') }
        rows*.instanceId.unique().size() == 3
    }

    def "missed() narrows to the policies named by name or glob"() {
        expect:
        functions.missed([policy: 'fin*'])*.policy == ['finance-db']
        functions.missed([policy: ['legacy-nightly']])*.instanceName == ['web-01', 'db-01']
    }

    def "missed() refuses an argument it does not take, naming those it does"() {
        when:
        functions.missed([form: '7d'])

        then:
        def e = thrown(QueryException)
        e.message == "missed() takes no argument 'form:'; it takes backupType:, from:, policy:, scheduleType:, to:"
    }

    def "a glob or a list of policies charts them all; one name charts one"() {
        expect:
        functions.chart([:], 'legacy-nightly') instanceof SlaChart
        (functions.chart([:], ['legacy-nightly', 'finance-db']) as SlaCharts).charts()*.policy() == ['legacy-nightly', 'finance-db']
        (functions.chart([:], '*') as SlaCharts).charts().size() == 3
        (functions.chart([:], 'f*') as SlaCharts).rows().every { it.policy == 'finance-db' }
    }

    def "charting several policies reads the templates once, not once per policy"() {
        given:
        appliance.requests.clear()

        when:
        def charts = functions.chart([:], '*') as SlaCharts

        then:
        charts.charts().size() == 3
        appliance.requests.count { it.url.encodedPath().endsWith('/slaTemplates') } == 1
    }
}
