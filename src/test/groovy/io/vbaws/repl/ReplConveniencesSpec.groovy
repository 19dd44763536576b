package io.vbaws.repl

import io.vbaws.query.SlaChart
import io.vbaws.query.SlaCharts
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** The last result as _, :save of the last query, several policies on one chart axis, and escaped names. */
class ReplConveniencesSpec extends Specification {
    @AutoCleanup FakeAppliance appliance = new FakeAppliance().start()
    @TempDir Path dir
    @AutoCleanup ReplFixture fixture
    StringWriter outText = new StringWriter()
    StringWriter errText = new StringWriter()
    ReplSession session

    def setup() {
        fixture = new ReplFixture(appliance.client(), dir)
        session = session(OutputFormat.TABLE)
    }

    ReplSession session(OutputFormat format) {
        new ReplSession(fixture.queries, fixture.inventory, new ReplSettings(format, false, dir, null),
                new PrintWriter(outText, true), new PrintWriter(errText, true), { 120 })
    }

    String out() { outText.toString() }
    String err() { errText.toString() }
    void clear() { outText.buffer.setLength(0); errText.buffer.setLength(0) }

    def "_ is the last result, kept until a line gives another"() {
        when:
        session.run('instances("legacy-nightly")')
        session.run('x = 1')
        clear()
        session.run('_.size()')
        session.run('_ + 1')

        then:
        err() == ''
        out().readLines() == ['3', '4']
    }

    def ":save NAME writes the last query to NAME.groovy, and :load NAME runs it again"() {
        when:
        session.run('instances("legacy-nightly").findAll { it.missed > 0 }*.instanceName')
        session.run(':save missing-ones')
        clear()
        def later = session(OutputFormat.TABLE)
        later.run(':load missing-ones')

        then:
        err() == ''
        Files.readString(dir.resolve('missing-ones.groovy')).contains('instances("legacy-nightly").findAll { it.missed > 0 }*.instanceName')
        out().readLines() == ['web-01', 'db-01']
    }

    def ":save before any query, or with a name that is not one, says why"() {
        expect:
        !session.run(':save first')
        err().contains('error: no query has run yet; run one, then :save first')
        session.run('1 + 1')
        !session.run(':save ../elsewhere')
        err().contains("error: a saved query's name is letters, digits, '.', '_' and '-', not '../elsewhere'")
        !Files.exists(dir.resolve('../elsewhere.groovy'))
    }

    def "several policies drawn on one axis share the scale of the lowest of them"() {
        given:
        def low = new SlaChart('low-one', 95.0d, null, 'Daily', [new SlaChart.Bar('2026-10-01', '2026-10-01', 62.0d, 'MissedSla')])
        def high = new SlaChart('high-one', 97.0d, null, 'Daily', [new SlaChart.Bar('2026-10-01', '2026-10-01', 99.0d, 'MetSla')])

        when:
        def alone = new ChartRenderer(80).render(high).readLines()
        def together = new ChartRenderer(80).render(new SlaCharts([low, high])).readLines()
        def axes = together.findAll { it.contains('100%') }

        then:
        alone[1].trim().startsWith('90%')
        axes.size() == 2
        axes.every { it.trim().startsWith('60%') }
        // One axis: the same columns for 60% and 100% in both charts.
        axes[0].indexOf('100%') == axes[1].indexOf('100%')
    }

    def "a policy name with terminal escapes prints escaped in tables, CSV and JSON"() {
        given:
        appliance.policies[0].name = 'evil\u001b]0;pwned\u0007\u202e-name'

        when:
        session.run('policies()')
        session(OutputFormat.CSV).run('policies()')
        session(OutputFormat.JSON).run('policies()')
        session.run('policies()*.name')

        then:
        err() == ''
        !out().any { it == '\u001b' || it == '\u0007' || it == '\u202e' }
        // table (cut to its column), CSV, JSON (Jackson's own \\u001B) and a plain list: four lines, all escaped
        out().readLines().count { it.toLowerCase().contains('evil\\u001b]0;pwn') } == 4
        out().readLines().count { it.contains('pwned\\u0007\\u202e-name') } == 3
    }

    def "repl -e has a time limit: past it the input is stopped, the rest not run, and the answer is 1"() {
        when:
        int code = fixture.repl().runInputs(['"before"', 'while (true) { }', '"after"'], new PrintWriter(outText, true),
                new PrintWriter(errText, true), { 120 }, java.time.Duration.ofMillis(300))

        then:
        code == 1
        out().readLines() == ['before']
        err().readLines() == ['error: time limit of 0.3s reached; the rest of the input was not run']
    }
}
