package io.vbaws.sim

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant

/** The state directory: survives restarts, is shared by appliances on the same directory, is locked, and resets. */
class PersistenceSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'

    @TempDir Path dir

    private SimulatedAppliance start(Path where = dir, Closure<SimOptions> tune = { it }) {
        SimulatedAppliance.start(tune(SimOptions.defaults(where)))
    }

    def "policies, usn, priorities and the clock survive a restart"() {
        given:
        def first = start()
        def http = ApplianceHttp.loggedIn(first)
        def created = http.create(http.policyBody('survivor', ['web-01']))
        http.post("$POLICIES/$created.id/disable")
        first.clock().advance(Duration.ofDays(2))
        def before = http.all(POLICIES)
        Instant clock = first.clock().now()
        first.close()

        when:
        def second = start()
        def again = ApplianceHttp.loggedIn(second)

        then:
        again.all(POLICIES) == before
        second.clock().now() == clock
        again.create(again.policyBody('after-restart', ['web-02'])).usn > (before*.usn.max() as long)

        cleanup:
        second?.close()
    }

    def "a change is one journal line; stopping folds the journal into JSON files written atomically, with no temporary files left"() {
        given:
        def sim = start()
        def http = ApplianceHttp.loggedIn(sim)
        def created = http.create(http.policyBody('on-disk', ['web-01']))

        expect: 'the create is in the journal, not yet in a policy file'
        Files.readAllLines(dir.resolve('journal.jsonl')).size() == 1
        Files.readString(dir.resolve('journal.jsonl')).contains('"on-disk"')
        !Files.exists(dir.resolve("policies/${created.id}.json"))
        !Files.exists(dir.resolve('lock'))

        when:
        sim.close()

        then: 'stopping wrote the policy and the index, and removed the journal'
        Files.exists(dir.resolve('appliance.json'))
        Files.exists(dir.resolve("policies/${created.id}.json"))
        !Files.exists(dir.resolve('journal.jsonl'))
        Files.list(dir).withCloseable { s -> s.noneMatch { it.fileName.toString().endsWith('.tmp') } }
        Files.list(dir.resolve('policies')).withCloseable { s -> s.noneMatch { it.fileName.toString().endsWith('.tmp') } }
        !Files.exists(dir.resolve('lock'))

        when: 'a delete, and another stop'
        def again = start()
        ApplianceHttp.loggedIn(again).delete("$POLICIES/$created.id")
        again.close()

        then:
        !Files.exists(dir.resolve("policies/${created.id}.json"))

        cleanup:
        sim?.close()
        again?.close()
    }

    def "two appliances on one state directory see each other's changes, like plan and apply in separate processes"() {
        given:
        def one = start()
        def two = start()
        def first = ApplianceHttp.loggedIn(one)
        def second = ApplianceHttp.loggedIn(two)

        when:
        def created = first.create(first.policyBody('shared', ['web-01']))

        then:
        second.get("$POLICIES/$created.id").json.name == 'shared'

        when:
        second.post("$POLICIES/$created.id/disable")
        two.clock().advance(Duration.ofDays(1))

        then:
        first.get("$POLICIES/$created.id").json.isEnabled == false
        one.clock().now() == two.clock().now()

        and: 'the usn counter is shared too'
        second.create(second.policyBody('shared-2', ['web-02'])).usn == first.all(POLICIES)*.usn.max()

        cleanup:
        one?.close()
        two?.close()
    }

    def "a state locked by a live process makes a start wait, then fail naming the process"() {
        given:
        start().close()
        def holder = new ProcessBuilder('sleep', '30').start()
        Files.writeString(dir.resolve('lock'), "pid=${holder.pid()}\nsince=2026-01-01T00:00:00Z\ntoken=abc\n")

        when:
        start(dir) { it.withLockTimeout(Duration.ofMillis(200)) }

        then:
        def e = thrown(StateBusyException)
        e.message.contains("in use by process ${holder.pid()} (since 2026-01-01T00:00:00Z)")
        e.message.contains('waited 200 ms')

        cleanup:
        holder?.destroy()
    }

    def "a lock left by a process that no longer runs is taken over"() {
        given:
        def dead = new ProcessBuilder('true').start()
        dead.waitFor()
        start().close()
        Files.writeString(dir.resolve('lock'), "pid=${dead.pid()}\nsince=2026-01-01T00:00:00Z\ntoken=old\n")

        when:
        def sim = start(dir) { it.withLockTimeout(Duration.ofMillis(200)) }

        then:
        ApplianceHttp.loggedIn(sim).all(POLICIES).size() == 3
        !Files.exists(dir.resolve('lock'))

        cleanup:
        sim?.close()
    }

    def "a change waits for the lock held by another appliance, and fails with 503 when it is held too long"() {
        given:
        def sim = start(dir) { it.withLockTimeout(Duration.ofMillis(200)) }
        def http = ApplianceHttp.loggedIn(sim)
        def holder = new ProcessBuilder('sleep', '30').start()
        Files.writeString(dir.resolve('lock'), "pid=${holder.pid()}\nsince=2026-01-01T00:00:00Z\ntoken=abc\n")

        when:
        def reply = http.post(POLICIES, http.policyBody('blocked', ['web-01']))

        then:
        reply.status == 503
        reply.json.errorCode == 'ServiceUnavailable'
        reply.json.details.contains("process ${holder.pid()}")

        when:
        holder.destroy()
        holder.waitFor()

        then:
        http.post(POLICIES, http.policyBody('unblocked', ['web-01'])).status == 200

        cleanup:
        holder?.destroy()
        sim?.close()
    }

    def "an existing state keeps its estate and seed; asking for others says how to reset"() {
        given:
        start().close()

        when:
        start(dir) { it.withEstate(EstateSize.parse('instances=100')) }

        then:
        def estate = thrown(IllegalStateException)
        estate.message.contains('holds the small estate, not instances=100,tags=40,policies=0')
        estate.message.contains("vbaws appliance reset --state $dir --estate instances=100,tags=40,policies=0")

        when:
        start(dir) { it.withSeed(7L) }

        then:
        def seed = thrown(IllegalStateException)
        seed.message.contains('was generated with seed 42, not 7')
    }

    def "an unreadable state says so and how to reset it"() {
        given:
        start().close()
        Files.writeString(dir.resolve('appliance.json'), '{ this is not json')

        when:
        start()

        then:
        def e = thrown(IllegalStateException)
        e.message.contains("the simulated appliance's state file ${dir.resolve('appliance.json')} is unreadable")
        e.message.contains('vbaws appliance reset --state')
    }

    def "reset starts over: the seeded policies only, the given estate, the same certificate"() {
        given:
        def sim = start(dir) { it.withTls(true) }
        String fingerprint = sim.certificateFingerprint()
        def http = new ApplianceHttp(sim.baseUri(), TlsSpec.trusting(dir))
        http.login('admin', SimOptions.DEFAULT_ADMIN_PASSWORD)
        http.create(http.policyBody('to-be-forgotten', ['web-01']))
        sim.close()

        when:
        def summary = SimulatedAppliance.reset(SimOptions.defaults(dir).withEstate(EstateSize.parse('instances=120')).withSeed(9L))
        def again = start(dir) { it.withTls(true) }
        def afterHttp = new ApplianceHttp(again.baseUri(), TlsSpec.trusting(dir))
        afterHttp.login('admin', SimOptions.DEFAULT_ADMIN_PASSWORD)

        then:
        summary.describe().startsWith('instances=120,tags=40,policies=0 estate, seed 9')
        summary.policies() == 3
        afterHttp.all(POLICIES)*.name == ['legacy-nightly', 'finance-db', 'sandbox-weekly']
        afterHttp.all('/virtualMachines').size() == 120
        again.certificateFingerprint() == fingerprint

        when: 'a reset without estate or seed keeps those of the state'
        def kept = SimulatedAppliance.reset(SimOptions.defaults(dir))

        then:
        kept.seed() == 9L
        kept.estate().instances() == 120

        cleanup:
        again?.close()
    }

    def "a running appliance sees a reset made beside it on its next request"() {
        given:
        def sim = start()
        def http = ApplianceHttp.loggedIn(sim)
        http.create(http.policyBody('before-reset', ['web-01']))

        when:
        SimulatedAppliance.reset(SimOptions.defaults(dir))

        then:
        http.all(POLICIES)*.name == ['legacy-nightly', 'finance-db', 'sandbox-weekly']

        cleanup:
        sim?.close()
    }

    def "after a reset beside it, a running appliance keeps nothing of the old state, though IDs and usns repeat"() {
        given:
        Instant first = Instant.parse('2026-01-01T00:00:00Z')
        Instant second = Instant.parse('2026-07-01T00:00:00Z')
        def sim = start(dir) { it.withStartInstant(first) }
        def http = ApplianceHttp.loggedIn(sim)
        def finance = http.policyNamed('finance-db')
        String db = http.instanceId('us-east-1', 'db-01')
        def window = [dateFrom: '2025-09-01T00:00:00Z', dateTo: '2026-07-02T00:00:00Z', backupType: 'Backup', scheduleType: 'Daily']
        def before = http.get("$POLICIES/$finance.id/slaSessions/$db", window).json.results

        when:
        SimulatedAppliance.reset(SimOptions.defaults(dir).withStartInstant(second))
        def after = http.get("$POLICIES/$finance.id/slaSessions/$db", window).json.results

        then: 'the same policy ID and usn, but its history now starts 90 days before the new clock'
        http.policyNamed('finance-db').id == finance.id
        http.policyNamed('finance-db').usn == finance.usn
        Instant.parse(before.last().startTime.sessionTimestampUtc) < first
        Instant.parse(after.last().startTime.sessionTimestampUtc) > second.minus(Duration.ofDays(91))
        sim.clock().now() == second

        cleanup:
        sim?.close()
    }

    def "two appliances on one directory creating at once lose no change: every policy lands, usns unique, priorities 1..N"() {
        given:
        def one = start()
        def two = start()
        def clients = [ApplianceHttp.loggedIn(one), ApplianceHttp.loggedIn(two)]

        when:
        def threads = (0..3).collect { t ->
            Thread.start {
                def http = clients[t % 2]
                (1..8).each { http.create(http.policyBody("race-$t-$it", ['web-01'])) }
            }
        }
        threads*.join()
        def policies = clients[0].all(POLICIES)

        then:
        policies.size() == 3 + 32
        policies*.usn.toSet().size() == policies.size()
        policies*.priority == (1..35).toList()
        clients[1].all(POLICIES) == policies

        cleanup:
        one?.close()
        two?.close()
    }
}
