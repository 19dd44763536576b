package io.vbaws.repl
import io.vbaws.query.SlaQueries
import io.vbaws.query.TimeArguments

import groovy.json.JsonSlurper
import io.vbaws.api.ApplianceClient
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.Executors

/** A REPL session over a small fake appliance: queries, Groovy over results, errors, formats, :load. */
class ReplSessionSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-04T12:00:00Z')

    @AutoCleanup FakeAppliance appliance = new FakeAppliance().start()
    @AutoCleanup ApplianceClient client = appliance.client()
    @TempDir Path dir
    StringWriter outText = new StringWriter()
    StringWriter errText = new StringWriter()
    def pool = Executors.newFixedThreadPool(2)
    ReplSession session

    def setup() {
        def queries = new SlaQueries(client, new TimeArguments(Clock.fixed(NOW, ZoneOffset.UTC)))
        session = new ReplSession(queries, new CompletionInventory(client, pool),
                new ReplSettings(OutputFormat.TABLE, false, dir, null),
                new PrintWriter(outText, true), new PrintWriter(errText, true), { 120 })
    }

    def cleanup() { pool.shutdownNow() }

    String out() { outText.toString() }
    String err() { errText.toString() }
    void clear() { outText.buffer.setLength(0); errText.buffer.setLength(0) }

    def "policies() prints one row per policy with its template, target and compliance per backup type"() {
        when:
        boolean ok = session.run('policies()')

        then:
        ok
        err() == ''
        def lines = out().readLines()
        lines[0] == '3 SLA-based policies'
        lines[1].split(/\s{2,}/) as List == ['name', 'isEnabled', 'priority', 'slaTemplate', 'targetSla', 'snapshotSla',
                                             'replicaSla', 'backupSla', 'archiveSla', 'id']
        lines.find { it.startsWith('legacy-nightly') }.contains('gold')
        lines.find { it.startsWith('legacy-nightly') }.contains('99.0')
        out().contains('(3 rows)')
    }

    def "a query's rows are plain maps with the API's field names, filtered and sorted with Groovy"() {
        when:
        session.run('''rows = instances("legacy-nightly", from: "30d").findAll { it.achievedSlaPercent < 97 }.sort { it.achievedSlaPercent }''')
        session.run('rows.collect { [it.instanceName, it.planned, it.successful + it.missed] }')

        then:
        err() == ''
        out().readLines() == ['web-01, 56, 56', 'db-01, 56, 56']
    }

    def "variables persist between inputs, declared with def or not, and an assignment prints nothing"() {
        when:
        session.run('def n = 20')
        session.run('m = n + 1')
        session.run('int k = m * 2')
        session.run('[n, m, k]')

        then:
        err() == ''
        out().readLines() == ['20', '21', '42']
    }

    def "instances() prints its statistics under the table and keeps them in .summary"() {
        when:
        session.run('instances("legacy-nightly")')

        then:
        out().readLines()[0] == 'legacy-nightly: SLA compliance per instance, 2026-10-28T12:00:00Z to 2026-11-04T12:00:00Z'
        out().contains('statistics: metTargetSla 1, missedTargetSla 2, removed 0')

        when:
        clear()
        session.run('instances("legacy-nightly").summary.missedTargetSla')

        then:
        out().trim() == '2'
    }

    def "a failing line prints one error line and the next line works"() {
        expect:
        !session.run('report("legacy-nightlyy")')
        err().trim() == "error: no policy 'legacy-nightlyy' on the appliance; closest: legacy-nightly"
        !err().contains('\tat ')

        when:
        errText.buffer.setLength(0)
        boolean ok = session.run('report("legacy-nightly").size()')

        then:
        ok
        out().trim() == '4'
        err() == ''
    }

    def "Groovy errors are one line each: syntax, unknown function, unknown variable, runtime"() {
        when:
        boolean ok = session.run(input)

        then:
        !ok
        err().readLines().size() == 1
        err().readLines()[0] ==~ expected

        where:
        input                      | expected
        'instances("x",'           | /error: syntax error: .*\(line 1, column \d+\)/
        'instancez("x")'           | /error: no function instancez\(String\); closest: instances; :help lists the functions/
        'sessions("x")'            | /error: wrong arguments for sessions\(String\); :help sessions shows how to call it/
        'report()'                 | /error: name a policy, e.g. report\("legacy-nightly"\)/
        'cost()'                   | /error: name a policy, e.g. cost\("legacy-nightly"\)/
        'regions("")'              | /error: name a policy, e.g. regions\("legacy-nightly"\)/
        'undefinedThing + 1'       | /error: unknown variable 'undefinedThing'/
        '1 / 0'                    | /error: ArithmeticException: .*/
        'null.foo()'               | /error: NullPointerException: .*/
    }

    def "an appliance error prints the appliance's words on one line"() {
        when:
        boolean ok = session.run('sessionLog("x") ; sessions("legacy-nightly", "44444444-0000-4000-8000-00000000dead")')

        then:
        !ok
        err().readLines().size() == 1
        err().startsWith('error: GET /policy/ec2SlaBasedPolicies/')
        err().contains('404 Not Found')
    }

    def "a bad filter value or date names what is accepted"() {
        expect:
        !session.run(input)
        err().trim() == expected

        where:
        input                                              | expected
        'periods("finance-db", backupType: "snap")'        | "error: backupType: unknown value 'snap'; expected one of Snapshot, Replica, Backup, Archive"
        'instances("finance-db", from: "last tuesday")'    | "error: from: cannot read 'last tuesday' as a date; use 2026-11-01, 2026-11-01T08:00:00Z, 30m, 12h, 7d, 2w, today, yesterday or now"
        'instances("finance-db", since: "7d")'             | "error: instances() takes no argument 'since:'; it takes backupType:, from:, scheduleType:, search:, status:, to:"
    }

    def "an instance name two instances of a policy share lists both with their regions and IDs"() {
        when:
        session.run('sessions("legacy-nightly", "web-01")')

        then:
        err().trim() == "error: instance name 'web-01' is ambiguous in policy legacy-nightly: " +
                "web-01 (i-0aaa00000000001, us-east-1) id 44444444-0000-4000-8000-000000000001, " +
                "web-01 (i-0aaa00000000002, eu-west-1) id 44444444-0000-4000-8000-000000000002; name it by its ID"
    }

    def "sessions() takes an instance by name, AWS ID, ID or row, and relative dates"() {
        when:
        session.run('a = sessions("legacy-nightly", "db-01", from: "yesterday", to: "today")')
        session.run('b = sessions("legacy-nightly", "i-0aaa00000000003")')
        session.run('c = sessions("legacy-nightly", instances("legacy-nightly").find { it.instanceName == "db-01" })')
        session.run('[a.size(), b.size(), c.size(), a[2].status, a.caption]')

        then:
        err() == ''
        out().readLines() == ['4', '4', '4', 'Failed',
                              'legacy-nightly: sessions of db-01, 2026-11-03T00:00:00Z to 2026-11-04T00:00:00Z']
        def slaSessions = appliance.requests.findAll { it.url.encodedPath().contains('/slaSessions/')
                && !it.url.encodedPath().endsWith('/slaSessionLogs') }
        slaSessions*.url*.queryParameter('dateFrom').first() == '2026-11-03T00:00:00Z'
        slaSessions.every { it.url.encodedPath().endsWith('44444444-0000-4000-8000-000000000003') }
    }

    def "sessions() say how long each ran and, when it failed, the first error line of its log"() {
        when:
        session.run('sessions("legacy-nightly", "db-01").collect { [it.durationSeconds, it.reason] }')

        then:
        err() == ''
        out().readLines().every { it == '60, Snapshot failed: InsufficientInstanceCapacity' }
        out().readLines().size() == 4
    }

    def ":format json prints the API's shape; :format csv prints a header and rows"() {
        when:
        session.run(':format json')
        clear()
        session.run('instances("finance-db")')

        then:
        def json = new JsonSlurper().parseText(out())
        json.statistics == [metTargetSla: 1, missedTargetSla: 1, removed: 0]
        json.results*.instanceName == ['db-01', 'app-01']
        json.results.every { it.planned == it.successful + it.missed }

        when:
        session.run(':format csv')
        clear()
        session.run('instances("finance-db")')

        then:
        out().readLines()[0] == 'instanceName,region,status,achievedSlaPercent,planned,successful,missed,instanceId'
        out().readLines()[1].startsWith('db-01,us-east-1,MetSla,100.0,14,14,0,')
        out().readLines().size() == 3
    }

    def ":load runs a file in the session, keeping its variables, and prints its last value"() {
        given:
        Files.writeString(dir.resolve('q.groovy'), '''// worst instance of legacy-nightly
def rows = instances("legacy-nightly")
worst = rows.min { it.achievedSlaPercent }
worst.instanceName
''')
        when:
        session.run(':load q.groovy')
        session.run('worst.missed')

        then:
        err() == ''
        out().readLines() == ['web-01', '6']
    }

    def ":load of a missing file says so, and :help, :vars and unknown commands answer"() {
        expect:
        !session.run(':load nope.groovy')
        err().trim() == 'error: no file nope.groovy, and no saved query of that name; :load lists them'
        session.run(':help instances')
        out().contains('instances(policy, from:, to:, status:, backupType:, scheduleType:, search:)')
        !session.run(':frmat json')
        err().contains('error: unknown command :frmat; closest: :format')
    }

    def "report(), periods(), regions(), excludedItems(), protectedResources() and cost() answer as the API does"() {
        expect:
        session.run('report("legacy-nightly").collect { [it.backupType, it.status] }')
        session.run('periods("legacy-nightly", status: "missed", scheduleType: "Daily")*.from')
        session.run('regions("legacy-nightly")*.name')
        session.run('excludedItems("legacy-nightly").collect { it.type + ":" + it.name }')
        session.run('protectedResources("finance-db").collect { it.name + "=" + it.awsResourceId }')
        session.run('cost("finance-db").summary.totalCost')
        err() == ''
        out().readLines() == [
            'Snapshot, MissedSla', 'Replica, NotCalculated', 'Backup, MissedSla', 'Archive, NotCalculated',
            '2026-10-05T00:00:00Z', '2026-10-10T00:00:00Z',
            'us-east-1',
            'VirtualMachine:web-canary', 'Tag:backup=skip',
            'db-01=i-0aaa00000000003', 'app-01=i-0aaa00000000004',
            '7.8',
        ]
    }

    def "chart() draws one bar per period with the target line; in JSON it is the periods as data"() {
        when:
        session.run('chart("legacy-nightly")')

        then:
        err() == ''
        def lines = out().readLines()
        lines[0] == 'legacy-nightly: SLA compliance per period (Daily), target 99.0%'
        lines.count { it ==~ /2026-10-\d\d  .*%  (MetSla|MissedSla)/ } == 14
        lines.findAll { it.endsWith('MissedSla') }.every { it.contains('│') }
        appliance.requests.find { it.url.encodedPath().endsWith('/slaResults') }.url.queryParameter('scheduleType') == 'Daily'

        when:
        session.run(':format json')
        clear()
        session.run('chart("legacy-nightly", scheduleType: "weekly")')

        then:
        def json = new JsonSlurper().parseText(out())
        json.policy == 'legacy-nightly'
        json.targetSla == 99.0
        json.scheduleType == 'Weekly'
        json.periods.size() == 14
        json.periods.count { it.status == 'MissedSla' } == 2
    }

    def "multiple assignment and typed declarations keep their variables too; :vars lists them"() {
        when:
        session.run('def (a, b) = [1, "two"]')
        session.run('String c = b * 2')
        session.run(':vars')

        then:
        err() == ''
        def lines = out().readLines()
        lines[0].split(/\s+/) as List == ['name', 'type', 'value']
        lines.find { it.startsWith('a ') } ==~ /a\s+Integer\s+1/
        lines.find { it.startsWith('c ') } ==~ /c\s+String\s+twotwo/

        when:
        session.run(':reset')
        clear()
        session.run('a')

        then:
        err().trim() == "error: unknown variable 'a'"
    }

    def "policies() leaves a backup type's percent empty where the appliance has not calculated it"() {
        when:
        session.run('policies().find { it.name == "finance-db" }.with { [replicaSla, backupSla] }')

        then:
        out().readLines() == ['null', '96.42857142857143']
    }

    def "with --debug an error also prints its stack trace"() {
        given:
        def debugErr = new StringWriter()
        def debugSession = new ReplSession(new SlaQueries(client, new TimeArguments(Clock.fixed(NOW, ZoneOffset.UTC))),
                new CompletionInventory(client, pool), new ReplSettings(OutputFormat.TABLE, true, dir, null),
                new PrintWriter(new StringWriter()), new PrintWriter(debugErr, true), { 80 })

        when:
        debugSession.run('1 / 0')

        then:
        debugErr.toString().readLines()[0] == 'error: ArithmeticException: Division by zero'
        debugErr.toString().contains('\tat ')
    }

    def "an instance name is looked up over at least a month, however short the sessions' period"() {
        when:
        session.run('sessions("legacy-nightly", "db-01", from: "1h").size()')

        then:
        err() == ''
        out().trim() == '4'
        appliance.requests.find { it.url.encodedPath().endsWith('/slaInstances') }.url.queryParameter('dateFrom') == '2026-10-05T12:00:00Z'
        appliance.requests.find { it.url.encodedPath().contains('/slaSessions/') }.url.queryParameter('dateFrom') == '2026-11-04T11:00:00Z'
    }
}
