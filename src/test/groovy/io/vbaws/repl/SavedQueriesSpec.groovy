package io.vbaws.repl

import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

/** The saved queries of repl/: each is bundled, says what it answers, and runs. */
class SavedQueriesSpec extends Specification {
    @AutoCleanup FakeAppliance appliance = new FakeAppliance().start()
    @TempDir Path dir
    @AutoCleanup ReplFixture fixture

    def setup() { fixture = new ReplFixture(appliance.client(), dir) }

    def "every file of repl/ is bundled by name, and every bundled name has a file"() {
        expect:
        Files.list(Paths.get('repl')).withCloseable { s -> s.map { it.fileName.toString() - '.groovy' }.toList() } as Set ==
                SavedQueries.NAMES as Set
        SavedQueries.NAMES.every { new SavedQueries().text(it) == Files.readString(Paths.get("repl/${it}.groovy")) }
    }

    def "#name says what it answers and runs without an error"() {
        given:
        def out = new StringWriter()
        def err = new StringWriter()

        when:
        int code = fixture.repl().runInputs([":load ${name}".toString()], new PrintWriter(out), new PrintWriter(err), { 120 })

        then:
        new SavedQueries().summary(name).length() > 20
        err.toString() == ''
        code == 0
        !out.toString().isBlank()

        where:
        name << SavedQueries.NAMES
    }

    /** The JSON of what a saved query answers, and the session it ran in (for the variables it keeps). */
    List answer(String name) {
        def out = new StringWriter()
        def err = new StringWriter()
        int code = fixture.repl(OutputFormat.JSON).runInputs([":load ${name}".toString()], new PrintWriter(out),
                new PrintWriter(err), { 120 })
        assert code == 0: err.toString()
        new groovy.json.JsonSlurper().parseText(out.toString()) as List
    }

    def "failures-by-region counts the failed sessions and the distinct instances of each region"() {
        expect:
        answer('failures-by-region') == [
            [region: 'us-east-1', failedSessions: 2, instances: 2, policies: 'legacy-nightly, finance-db'],
            [region: 'eu-west-1', failedSessions: 1, instances: 1, policies: 'legacy-nightly'],
        ]
    }

    def "missed-last-week lists the instances of enabled policies that missed, worst first"() {
        when:
        def rows = answer('missed-last-week')

        then:
        rows.collect { [it.policy, it.instanceName, it.missed, it.targetSla] } == [
            ['legacy-nightly', 'web-01', 6, 99.0],
            ['legacy-nightly', 'db-01', 4, 99.0],
            ['finance-db', 'app-01', 1, 97.0],
        ]
        rows*.achievedSlaPercent == rows*.achievedSlaPercent.sort(false)
    }

    def "worst-instances ranks every instance of every policy by its compliance, lowest first"() {
        when:
        def rows = answer('worst-instances')

        then:
        rows.size() == 5
        rows.collect { [it.policy, it.instanceName] }.take(2) == [['legacy-nightly', 'web-01'], ['legacy-nightly', 'db-01']]
        rows*.achievedSlaPercent == rows*.achievedSlaPercent.sort(false)
        rows.last().achievedSlaPercent == 100.0
    }

    def "cost-overview totals each policy's monthly cost, most expensive first"() {
        when:
        def rows = answer('cost-overview')

        then:
        rows.collect { [it.policy, it.instances, it.totalCost] } == [
            ['legacy-nightly', 3, 11.7], ['finance-db', 2, 7.8], ['sandbox-weekly', 0, 0.0],
        ]
        rows[0].costliestInstanceCost == 3.9
    }

    def "compliance-trend draws a chart for each enabled policy and no other"() {
        when:
        def out = new StringWriter()
        int code = fixture.repl().runInputs([':load compliance-trend'], new PrintWriter(out), new PrintWriter(new StringWriter()), { 120 })

        then:
        code == 0
        out.toString().readLines().findAll { it.contains(': SLA compliance per period') }*.replaceFirst(/:.*/, '') ==
                ['legacy-nightly', 'finance-db']
    }
}
