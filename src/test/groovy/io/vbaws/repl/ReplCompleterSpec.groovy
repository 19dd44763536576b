package io.vbaws.repl

import org.jline.reader.LineReader
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** Tab completion: commands, functions, variables, and the appliance's names where they fit. */
class ReplCompleterSpec extends Specification {
    @AutoCleanup FakeAppliance appliance = new FakeAppliance().start()
    @TempDir Path dir
    @AutoCleanup ReplFixture fixture
    ReplSession session
    LineReader reader

    def setup() {
        fixture = new ReplFixture(appliance.client(), dir)
        def out = new PrintWriter(new StringWriter())
        session = new ReplSession(fixture.queries, fixture.inventory, new ReplSettings(OutputFormat.TABLE, false, dir, null),
                out, out, { 80 })
        def terminal = ReplFixture.terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
        reader = fixture.repl().reader(terminal, null, session)
    }

    List<String> complete(String line) { ReplFixture.complete(reader, line) }

    def "commands complete after a colon"() {
        expect:
        complete(':') == ReplCompleter.COMMANDS
        complete(':fo') == [':format']
        complete(':format ') == ['table', 'json', 'csv']
        complete(':help inst') == ['instances']
    }

    def ":load completes the bundled saved queries and .groovy files"() {
        given:
        Files.createDirectories(dir.resolve('queries'))
        Files.writeString(dir.resolve('queries/mine.groovy'), 'policies()')

        expect:
        complete(':load wor') == ['worst-instances']
        complete(':load que') == ['queries/']
        complete(':load queries/m') == ['queries/mine.groovy']
    }

    def "function names and the session's variables complete in code"() {
        given:
        session.run('instancesOfLegacy = 1')

        expect:
        complete('x = inst') == ['instances(', 'instancesOfLegacy']
        complete('pol') == ['policies()']
    }

    def "policy names complete inside the first argument of a policy function, closing the string"() {
        expect:
        complete('report("leg') == ['legacy-nightly"']
        complete("chart('fi") == ["finance-db'"]
        complete('instances("') as Set == ['legacy-nightly"', 'finance-db"', 'sandbox-weekly"'] as Set
    }

    def "instance names complete in the instance argument of sessions(), region codes after region:"() {
        expect:
        complete('sessions("legacy-nightly", "we') == ['web-01"']
        complete('sessions("legacy-nightly", "') as Set == ['web-01"', 'db-01"', 'app-01"'] as Set
        complete('virtualMachines(region: "eu') == ['eu-west-1"']
        complete('instances("finance-db", status: "Mi') == ['MissedSla"']
    }

    def "elsewhere in a string every name completes: policies, instances, regions, templates"() {
        expect:
        complete('x = "s') as Set == ['sandbox-weekly"', 'silver"', 's3-90d"'] as Set
        complete('x = "us') == ['us-east-1"']
        complete('x = "gl') == ['glacier-archive"']
    }

    def "the names are read on the first completion, once, and :refresh reads them again"() {
        given:
        int before = appliance.hitCount('GET /virtualMachines')

        when:
        session.run('policies()')

        then: 'queries do not read the estate for completion'
        appliance.hitCount('GET /virtualMachines') == before
        !fixture.inventory.loaded()

        when:
        complete('report("l')
        complete('sessions("legacy-nightly", "w')
        complete('x = "e')

        then:
        appliance.hitCount('GET /virtualMachines') == before + 1
        appliance.hitCount('GET /cloudInfrastructure/regions') == 1
        appliance.hitCount('GET /policyTemplates/storageTemplates') == 1

        when:
        appliance.policies << [id: '11111111-0000-4000-8000-000000000009', name: 'late-policy', priority: 9, isEnabled: true,
                               slaTemplateId: FakeAppliance.T_GOLD]

        then: 'a name added since is not offered until :refresh'
        complete('report("la') == []

        when:
        session.run(':refresh')

        then:
        complete('report("la') == ['late-policy"']
        appliance.hitCount('GET /virtualMachines') == before + 2
    }
}
