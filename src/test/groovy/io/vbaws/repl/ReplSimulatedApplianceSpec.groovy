package io.vbaws.repl

import groovy.json.JsonSlurper
import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.api.SlaInstancesQuery
import io.vbaws.api.SlaSessionsQuery
import io.vbaws.cli.CliEnvironment
import io.vbaws.cli.Main
import io.vbaws.sim.SimOptions
import io.vbaws.sim.SimulatedAppliance
import org.jline.reader.LineReader
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset

/**
 * The REPL against the simulated appliance (small estate, 90 days of history, clock fixed):
 * every query's output agrees with the API, Groovy works over the rows, errors keep the REPL
 * alive, completion offers the estate's names, history persists, and vbaws repl -e and stdin
 * print the same results.
 */
class ReplSimulatedApplianceSpec extends Specification {
    static final Instant T0 = Instant.parse('2026-11-02T09:30:00Z')

    @Shared @TempDir Path state
    @Shared SimulatedAppliance sim
    @Shared ApplianceClient client
    @TempDir Path dir
    ReplFixture fixture
    StringWriter outText = new StringWriter()
    StringWriter errText = new StringWriter()
    ReplSession session

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(state).withStartInstant(T0))
        client = ApplianceClient.create(ClientConfig.of(sim.baseUri(), Credentials.of('admin', SimOptions.DEFAULT_ADMIN_PASSWORD)))
    }

    def cleanupSpec() {
        client?.close()
        sim?.close()
    }

    def setup() {
        fixture = new ReplFixture(client, dir, Clock.fixed(sim.clock().now(), ZoneOffset.UTC))
        session = new ReplSession(fixture.queries, fixture.inventory, new ReplSettings(OutputFormat.TABLE, false, dir, null),
                new PrintWriter(outText, true), new PrintWriter(errText, true), { 120 })
    }

    def cleanup() { fixture.pool.shutdownNow() }

    String out() { outText.toString() }
    String err() { errText.toString() }
    void clear() { outText.buffer.setLength(0); errText.buffer.setLength(0) }

    Object value(String expression) {
        clear()
        def json = new ReplSession(fixture.queries, fixture.inventory, new ReplSettings(OutputFormat.JSON, false, dir, null),
                new PrintWriter(outText, true), new PrintWriter(errText, true), { 120 })
        assert json.run(expression): err()
        new JsonSlurper().parseText(out())
    }

    String policyId(String name) { client.allPolicies().find { it.name() == name }.id() }

    def "policies() lists the three policies with their templates, targets and slaReport figures"() {
        when:
        def rows = value('policies()')

        then:
        rows*.name as Set == ['legacy-nightly', 'finance-db', 'sandbox-weekly'] as Set
        rows.find { it.name == 'legacy-nightly' }.with { [slaTemplate, targetSla] } == ['silver', 97.0]
        rows.find { it.name == 'finance-db' }.with { [slaTemplate, targetSla] } == ['gold', 99.0]
        rows.find { it.name == 'sandbox-weekly' }.isEnabled == false
        def report = client.slaReport(policyId('finance-db'))[0]
        rows.find { it.name == 'finance-db' }.snapshotSla == report.snapshotSlaReport().achievedSlaPercent()
    }

    def "policies() takes a name, a glob or a list of them; a glob that matches nothing says so"() {
        expect:
        value('policies("fin*")')*.name == ['finance-db']
        value('policies(["legacy-nightly", "*-weekly"])')*.name as Set == ['legacy-nightly', 'sandbox-weekly'] as Set
        value('policies("finance-db")')*.name == ['finance-db']
        value('policies("?inance-d?")')*.name == ['finance-db']

        when:
        clear()

        then:
        !session.run('policies("nothing-*")')
        err() == "error: no policy matches nothing-*; policies() lists every one\n"

        when:
        clear()

        then:
        !session.run('policies("finance")')
        err() == "error: no policy 'finance' on the appliance; closest: finance-db\n"
    }

    def "report() has one row per backup type with the API's status and percent"() {
        when:
        def rows = value('report("finance-db")')
        def api = client.slaReport(policyId('finance-db'))[0]

        then:
        rows*.backupType == ['Snapshot', 'Replica', 'Backup', 'Archive']
        rows*.status == [api.snapshotSlaReport(), api.replicaSlaReport(), api.backupSlaReport(), api.archiveSlaReport()]*.status()
        rows*.achievedSlaPercent == [api.snapshotSlaReport(), api.replicaSlaReport(), api.backupSlaReport(), api.archiveSlaReport()]*.achievedSlaPercent()
        rows.every { it.targetSla == 99.0 }
    }

    def "instances() rows agree with the API: planned = successful + missed, and the statistics count them"() {
        when:
        def answer = value('instances("legacy-nightly", from: "30d")')
        def scored = answer.results.findAll { it.status != 'Removed' }

        then:
        !scored.isEmpty()
        scored.every { it.planned == it.successful + it.missed }
        scored.every { Math.abs(it.achievedSlaPercent - 100.0 * it.successful / it.planned) < 0.01 }
        answer.statistics.metTargetSla == scored.count { it.status == 'MetSla' }
        answer.statistics.missedTargetSla == scored.count { it.status == 'MissedSla' }
        answer.results.find { it.instanceName == 'web-canary' }?.status == 'Removed'
        def api = client.slaInstances(policyId('legacy-nightly'),
                SlaInstancesQuery.between(sim.clock().now() - Duration.ofDays(30), sim.clock().now()))
        answer.results*.instanceId == api.results()*.instanceId()
    }

    def "a Groovy filter over instances() finds what the API's own figures say"() {
        when:
        session.run('worst = instances("legacy-nightly", from: "30d").findAll { it.achievedSlaPercent != null && it.achievedSlaPercent < 100 }.sort { it.achievedSlaPercent }')
        session.run('worst*.instanceName')

        then:
        err() == ''
        def api = client.slaInstances(policyId('legacy-nightly'),
                SlaInstancesQuery.between(sim.clock().now() - Duration.ofDays(30), sim.clock().now())).results()
                .findAll { it.achievedSlaPercent() != null && it.achievedSlaPercent() < 100 }
                .sort { it.achievedSlaPercent() }
        out().readLines() == api*.instanceName()
    }

    def "periods(), regions(), excludedItems(), protectedResources() and cost() answer as the API does"() {
        expect:
        value('periods("legacy-nightly", scheduleType: "Daily")').size() in (1..14)
        value('regions("finance-db")')*.name as Set == ['us-east-1', 'eu-west-1'] as Set
        value('protectedResources("finance-db")')*.awsResourceId as Set ==
                client.protectedResources(policyId('finance-db'))*.awsResourceId() as Set
        value('protectedResources("finance-db")')*.name.containsAll(['db-01', 'db-02'])
        value('excludedItems("legacy-nightly")').any { it.type == 'Tag' }

        when:
        def cost = value('cost("finance-db")')

        then:
        cost.totals.totalCost == client.policyCost(policyId('finance-db')).totalCost()
        Math.abs(cost.results.sum { it.totalCost } - cost.totals.totalCost) < 0.005
    }

    def "sessions() with relative dates, and sessionLog() of a session"() {
        when:
        def sessions = value('sessions("legacy-nightly", "web-02", from: "yesterday", to: "today")')
        def today = sim.clock().now().truncatedTo(java.time.temporal.ChronoUnit.DAYS)

        then:
        !sessions.isEmpty()
        sessions.every { Instant.parse(it.startTime) >= today - Duration.ofDays(1) && Instant.parse(it.startTime) < today }
        sessions.every { it.resourceTimezone == 'America/New_York' }

        when:
        def log = value("sessionLog('${sessions[0].sessionId}')")

        then:
        log.size() >= 2
        log.last().status != null
    }

    def "an instance name two instances of a policy share lists both with their IDs; an unknown policy its closest names"() {
        expect:
        !session.run('sessions("finance-db", "db-01")')
        err().startsWith("error: instance name 'db-01' is ambiguous in policy finance-db: ")
        err().trim().endsWith('; name it by its ID')
        err().readLines().size() == 1
        (err() =~ /db-01 \(i-\w+, (us-east-1|eu-west-1)\) id [\w-]+/).collect { it[1] } as Set == ['us-east-1', 'eu-west-1'] as Set

        when:
        clear()

        then:
        !session.run('report("finance")')
        err() == "error: no policy 'finance' on the appliance; closest: finance-db\n"
    }

    def "chart() draws one bar per daily period against the template's target"() {
        when:
        session.run('chart("finance-db")')
        def periods = client.slaResults(policyId('finance-db'), new io.vbaws.api.SlaResultsQuery(null, null, ['Daily']))

        then:
        err() == ''
        out().readLines()[0] == 'finance-db: SLA compliance per period (Daily), target 99.0%'
        out().readLines().count { it ==~ /\d{4}-\d\d-\d\d  .*/ } == periods.size()
    }

    def "a failing line is followed by a working one at the prompt, both outputs shown"() {
        given:
        def output = new ByteArrayOutputStream()
        def terminal = ReplFixture.terminal(new ByteArrayInputStream('instances("no-such-policy")\nreport("legacy-nightly").size()\n'.bytes), output)

        when:
        int code = fixture.repl().runInteractive(terminal, dir.resolve('history'))
        def screen = output.toString(StandardCharsets.UTF_8)

        then:
        code == 0
        screen.contains("error: no policy 'no-such-policy' on the appliance")
        screen.readLines().any { it == '4' || it.endsWith('> 4') }
        Files.readAllLines(dir.resolve('history')).collect { it.replaceFirst(/^\d+:/, '') } ==
                ['instances("no-such-policy")', 'report("legacy-nightly").size()']

        cleanup:
        terminal.close()
    }

    def "completion offers the estate's policy, instance, region and template names and the commands"() {
        given:
        def terminal = ReplFixture.terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
        LineReader reader = fixture.repl().reader(terminal, null, session)

        expect:
        ReplFixture.complete(reader, 'report("') as Set == ['legacy-nightly"', 'finance-db"', 'sandbox-weekly"'] as Set
        ReplFixture.complete(reader, 'sessions("legacy-nightly", "web-0').containsAll(['web-01"', 'web-02"', 'web-03"', 'web-04"'])
        ReplFixture.complete(reader, 'virtualMachines(region: "eu-').containsAll(['eu-west-1"', 'eu-central-1"', 'eu-north-1"'])
        ReplFixture.complete(reader, 'x = "s3') == ['s3-1y"', 's3-90d"']
        ReplFixture.complete(reader, 'x = "go') == ['gold"']
        ReplFixture.complete(reader, ':') == ReplCompleter.COMMANDS

        cleanup:
        terminal.close()
    }

    def "vbaws repl -e and a piped script print the same results; --format csv and json"() {
        given:
        def env = { String stdin -> new CliEnvironment([VBAWS_URL: sim.baseUri().toString(), VBAWS_USERNAME: 'admin',
                VBAWS_PASSWORD: SimOptions.DEFAULT_ADMIN_PASSWORD, VBAWS_HOME: dir.toString()], new ByteArrayInputStream(stdin.bytes)) }
        def run = { List<String> args, String stdin = '' ->
            def o = new StringWriter(); def e = new StringWriter()
            int code = Main.run(args as String[], new PrintWriter(o, true), new PrintWriter(e, true), env(stdin))
            [code, o.toString(), e.toString()]
        }

        when:
        def (c1, o1, e1) = run(['repl', '-e', 'regions("finance-db")*.name.sort()', '-e', 'report("nope")', '-e', '"after"'])
        def (c2, o2, e2) = run(['repl'], 'regions("finance-db")*.name.sort()\nreport("nope")\n"after"\n')
        def (c3, o3, e3) = run(['repl', '--format', 'csv', '-e', 'regions("finance-db")'])
        def (c4, o4, e4) = run(['repl', '--format', 'json', '-e', 'instances("finance-db", from: "7d")'])

        then:
        c1 == 1 && c2 == 1
        o1 == o2
        o1.readLines() == ['eu-west-1', 'us-east-1', 'after']
        e1.readLines().size() == 1
        e1.startsWith("error: no policy 'nope' on the appliance")
        c3 == 0
        o3.readLines()[0] == 'name,optInStatus,id'
        o3.readLines().size() == 3
        c4 == 0
        new JsonSlurper().parseText(o4).results.every { it.status == 'Removed' || it.planned == it.successful + it.missed }
    }

    def "every saved query runs against the appliance"() {
        when:
        int code = fixture.repl().runInputs([":load ${name}".toString()], new PrintWriter(outText, true), new PrintWriter(errText, true), { 160 })

        then:
        err() == ''
        code == 0
        !out().isBlank()

        where:
        name << SavedQueries.NAMES
    }
}
