package io.vbaws.sim

import com.fasterxml.jackson.databind.ObjectMapper
import io.vbaws.api.model.ApiJson
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardOpenOption
import java.time.Duration
import java.time.Instant

/**
 * The state's journal: every committed change is one appended line, read back by a restart after a
 * kill and by other appliances on the directory; a torn last line is ignored, damage is named, and
 * a checkpoint folds the journal into the state files without losing or repeating a change.
 */
class StateJournalSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'
    static final Instant START = Instant.parse('2026-11-01T00:00:00Z')

    @TempDir Path dir
    @TempDir Path copy

    private SimulatedAppliance start(Path where = dir) {
        SimulatedAppliance.start(SimOptions.defaults(where))
    }

    /** The directory as a kill would leave it: every file as it is now (a running appliance keeps nothing unwritten). */
    private Path killedCopy() {
        Files.walk(dir).withCloseable { paths ->
            paths.filter { it != dir && it.fileName.toString() != 'lock' }.forEach { source ->
                def target = copy.resolve(dir.relativize(source).toString())
                Files.isDirectory(source) ? Files.createDirectories(target) : Files.copy(source, target)
            }
        }
        copy
    }

    private static List<Map> listed(SimulatedAppliance sim) {
        ApplianceHttp.loggedIn(sim).all(POLICIES).collect { [id: it.id, name: it.name, priority: it.priority, usn: it.usn, enabled: it.isEnabled] }
    }

    private StateStore store(Path where = dir) {
        def store = new StateStore(where, Duration.ofSeconds(10))
        store.open({ new ApplianceState(1L, EstateSize.SMALL, START, 'test', START, 0, 1, [], 0) }, { })
        store
    }

    private static void tick(StateStore store) {
        store.change { state ->
            def moved = state.withClock(state.clock().plusSeconds(60))
            new StateStore.Change(moved, moved.clock())
        }
    }

    def "after a kill, the next appliance replays the journal: creates, changes, deletes and the order, then folds it into files"() {
        given: 'an appliance that creates, disables, reorders and deletes, and is never stopped'
        def sim = start()
        def http = ApplianceHttp.loggedIn(sim)
        def a = http.create(http.policyBody('journal-a', ['web-01']))
        def b = http.create(http.policyBody('journal-b', ['web-02']))
        def c = http.create(http.policyBody('journal-c', ['web-03']))
        http.post("$POLICIES/$b.id/disable")
        assert http.post("$POLICIES/orderPriorities", [priorities: [[policyId: c.id, priority: 1]]]).status == 200
        http.delete("$POLICIES/$a.id")
        sim.clock().advance(Duration.ofDays(3))
        def before = listed(sim)
        def clock = sim.clock().now()
        def killed = killedCopy()

        expect: 'the copy has a journal of those changes'
        Files.readAllLines(killed.resolve('journal.jsonl')).size() >= 6

        when:
        def after = start(killed)

        then: 'everything is as the killed appliance answered it'
        listed(after) == before
        after.clock().now() == clock
        before*.name.contains('journal-c') && !before*.name.contains('journal-a')

        and: 'opening folded the journal into the files'
        !Files.exists(killed.resolve('journal.jsonl'))
        Files.exists(killed.resolve("policies/${c.id}.json"))
        !Files.exists(killed.resolve("policies/${a.id}.json"))

        when: 'it reads back the same from the files alone'
        after.close()
        def third = start(killed)

        then:
        listed(third) == before

        cleanup:
        sim?.close()
        after?.close()
        third?.close()
    }

    def "a last line cut short by a crash is ignored, and cut off by the next change"() {
        given:
        def writer = store()
        tick(writer)
        tick(writer)
        def journal = dir.resolve('journal.jsonl')
        Files.write(journal, '{"incarnation":"test","generation":9'.bytes, StandardOpenOption.APPEND)

        expect: 'a reader sees the two whole changes'
        store(killedCopy()).current().clock() == START.plusSeconds(120)

        when: 'the next change is appended where the whole lines end'
        tick(writer)

        then:
        Files.readAllLines(journal).size() == 3
        Files.readAllLines(journal).every { it.endsWith('}') }
        new StateStore(dir, Duration.ofSeconds(10)).current().clock() == START.plusSeconds(180)
    }

    def "a damaged line inside the journal is named with its place and the remedy that keeps the state"() {
        given:
        def writer = store()
        tick(writer)
        tick(writer)
        def journal = dir.resolve('journal.jsonl')
        def lines = Files.readAllLines(journal)
        Files.write(journal, [lines[0].replace('"clock"', '"clock'), lines[1]])

        when:
        new StateStore(dir, Duration.ofSeconds(10)).current()

        then:
        def e = thrown(IllegalStateException)
        e.message.startsWith("the simulated appliance's journal ${journal} is damaged at byte 0: ")
        e.message.contains('Restore the state directory from a backup')
        e.message.readLines().size() == 1
        !(e.message =~ /(?i)jackson|com\.fasterxml/)
    }

    def "entries a checkpoint already holds are not applied twice when a crash left the journal behind"() {
        given: 'a journal saved just before its checkpoint'
        def sim = start()
        def http = ApplianceHttp.loggedIn(sim)
        http.create(http.policyBody('once', ['web-01']))
        def journal = Files.readAllBytes(dir.resolve('journal.jsonl'))
        sim.close()
        def reader = start()
        def before = listed(reader)
        reader.close()

        when: 'the checkpoint was written but the journal was not removed'
        Files.write(dir.resolve('journal.jsonl'), journal)
        def again = start()

        then:
        listed(again) == before
        listed(again).count { it.name == 'once' } == 1
        !Files.exists(dir.resolve('journal.jsonl'))

        cleanup:
        again?.close()
    }

    def "a long journal is folded into the files as changes go on"() {
        given:
        def writer = store()
        long generation = writer.current().generation()

        when:
        StateStore.CHECKPOINT_AFTER.times { tick(writer) }

        then: 'the checkpoint took the last change: no journal, the index has it'
        !Files.exists(dir.resolve('journal.jsonl'))
        new ObjectMapper().readTree(dir.resolve('appliance.json').toFile()).get('generation').asLong() == generation + StateStore.CHECKPOINT_AFTER

        when:
        tick(writer)

        then:
        Files.readAllLines(dir.resolve('journal.jsonl')).size() == 1
        new StateStore(dir, Duration.ofSeconds(10)).current().clock() == START.plusSeconds(60 * (StateStore.CHECKPOINT_AFTER + 1))
    }

    def "an appliance reads only what another appended since it last looked, and sees a checkpoint made beside it"() {
        given:
        def one = store()
        def two = new StateStore(dir, Duration.ofSeconds(10))
        two.current()

        when:
        tick(one)
        tick(one)

        then:
        two.current().clock() == START.plusSeconds(120)

        when: 'two changes, then the first checkpoints (as it does when it stops)'
        tick(two)
        one.checkpointNow()

        then:
        !Files.exists(dir.resolve('journal.jsonl'))
        two.current().clock() == START.plusSeconds(180)
        one.current().generation() == two.current().generation()
    }

    def "a state written in format 1 (no journal) is read, and rewritten as format 2 before anything is journalled"() {
        given:
        start().close()
        def index = dir.resolve('appliance.json')
        Files.writeString(index, Files.readString(index).replace('"format":2', '"format":1'))
        def policies = new ObjectMapper().readTree(index.toFile()).get('policies').size()

        when:
        def sim = start()

        then:
        ApplianceHttp.loggedIn(sim).all(POLICIES).size() == policies
        new ObjectMapper().readTree(index.toFile()).get('format').asInt() == 2

        cleanup:
        sim?.close()
    }

    def "a journal without its index is not buried under a new state"() {
        given:
        def sim = start()
        ApplianceHttp.loggedIn(sim).with { it.create(it.policyBody('journalled', ['web-01'])) }
        def killed = killedCopy()
        Files.delete(killed.resolve('appliance.json'))

        when:
        start(killed)

        then:
        def e = thrown(IllegalStateException)
        e.message.contains("its journal ${killed.resolve('journal.jsonl')} is there")
        e.message.contains('Restore appliance.json from a backup')

        cleanup:
        sim?.close()
    }

    def "a checkpoint that fails leaves the change that triggered it done; the journal keeps it until one succeeds"() {
        given: 'a created policy, only in the journal, and no directory to checkpoint it into'
        def sim = start()
        def http = ApplianceHttp.loggedIn(sim)
        def created = http.create(http.policyBody('kept', ['web-01']))
        def policies = dir.resolve('policies')
        def aside = dir.resolve('policies.aside')
        Files.move(policies, aside)
        Files.writeString(policies, 'not a directory')
        def clock = sim.clock().now()

        when: 'enough changes for a checkpoint, which cannot be written'
        StateStore.CHECKPOINT_AFTER.times { sim.clock().advance(Duration.ofMinutes(1)) }

        then: 'every change was made, and is in the journal'
        sim.clock().now() == clock.plus(Duration.ofMinutes(StateStore.CHECKPOINT_AFTER))
        Files.readAllLines(dir.resolve('journal.jsonl')).size() == StateStore.CHECKPOINT_AFTER + 1
        http.get("$POLICIES/$created.id").json.name == 'kept'

        when: 'the directory is back: the next change checkpoints'
        Files.delete(policies)
        Files.move(aside, policies)
        sim.clock().advance(Duration.ofMinutes(1))

        then:
        !Files.exists(dir.resolve('journal.jsonl'))
        Files.exists(policies.resolve("${created.id}.json"))
        new StateStore(dir, Duration.ofSeconds(10)).current().clock() == clock.plus(Duration.ofMinutes(StateStore.CHECKPOINT_AFTER + 1))

        cleanup:
        sim?.close()
    }
}
