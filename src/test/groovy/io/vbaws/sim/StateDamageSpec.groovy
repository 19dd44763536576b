package io.vbaws.sim

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * The simulated appliance never discards state silently: a missing index beside stored policies
 * stops it, a broken file is named, and every message is one line without Jackson's internals,
 * with a remedy that keeps the state before the one that destroys it (issue 13.5).
 */
class StateDamageSpec extends Specification {

    @TempDir Path dir

    private SimulatedAppliance start(Closure<SimOptions> tune = { it }) {
        SimulatedAppliance.start(tune(SimOptions.defaults(dir)))
    }

    private static void oneLineWithoutInternals(String message) {
        assert message.readLines().size() == 1
        assert !(message =~ /(?i)jackson|com\.fasterxml|JsonParseException|Unexpected character|token 'null'/)
    }

    def "a missing index with policy files beside it stops the start, naming them and how to recover"() {
        given:
        start().close()
        def stored = Files.list(dir.resolve('policies')).withCloseable { it.toList() }*.fileName*.toString().sort()
        Files.delete(dir.resolve('appliance.json'))

        when:
        start()

        then:
        def e = thrown(IllegalStateException)
        e.message.startsWith("the simulated appliance's index ${dir.resolve('appliance.json')} is missing, but ${stored.size()} policy files are in ${dir.resolve('policies')} (${stored[0]}")
        e.message.contains('Restore appliance.json from a backup')
        !e.message.contains('reset')
        oneLineWithoutInternals(e.message)

        and: 'nothing was written over them'
        !Files.exists(dir.resolve('appliance.json'))
        Files.list(dir.resolve('policies')).withCloseable { it.toList() }*.fileName*.toString().sort() == stored
    }

    def "a corrupt index is named in one line, the remedy that keeps the state first"() {
        given:
        start().close()
        Files.writeString(dir.resolve('appliance.json'), '{ "format": 1, "seed": nope }')

        when:
        start()

        then:
        def e = thrown(IllegalStateException)
        e.message.startsWith("the simulated appliance's state file ${dir.resolve('appliance.json')} is unreadable: not valid JSON (line 1, column ")
        e.message.indexOf('Restore it from a backup') < e.message.indexOf('reset')
        oneLineWithoutInternals(e.message)
    }

    def "a corrupt policy file is named"() {
        given:
        start().close()
        def file = Files.list(dir.resolve('policies')).withCloseable { it.toList() }.sort(false)[0]
        Files.writeString(file, '{"id": "x", "usn": "not a number"')

        when:
        start()

        then:
        def e = thrown(IllegalStateException)
        e.message.startsWith("the simulated appliance's state file $file is unreadable: ")
        oneLineWithoutInternals(e.message)
    }

    def "a lock file that is not a vbaws lock is named in one line"() {
        given:
        start().close()
        Files.writeString(dir.resolve('lock'), '\u0000garbage')

        when:
        start()

        then:
        def e = thrown(StateBusyException)
        e.message == "the simulated appliance's lock file ${dir.resolve('lock')} is not a vbaws lock (no pid in it); " +
                "if no simulated appliance uses $dir, delete ${dir.resolve('lock')}"
    }

    def "a corrupt TLS identity is named, with what replacing it means"() {
        given:
        start { it.withTls(true) }.close()
        def pem = dir.resolve('tls').resolve(TlsIdentity.FILE)
        Files.writeString(pem, 'not a pem')

        when:
        start { it.withTls(true) }

        then:
        def e = thrown(IllegalStateException)
        e.message.startsWith("the simulated appliance's TLS identity $pem is unreadable")
        oneLineWithoutInternals(e.message)
    }
}
