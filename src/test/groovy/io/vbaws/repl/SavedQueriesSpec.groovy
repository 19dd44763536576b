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
}
