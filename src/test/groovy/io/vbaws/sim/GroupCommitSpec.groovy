package io.vbaws.sim

import spock.lang.Specification
import spock.lang.TempDir
import spock.util.concurrent.PollingConditions

import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.util.concurrent.CountDownLatch

/** Changes that queue behind a write are applied in arrival order and written once, each answered as if alone. */
class GroupCommitSpec extends Specification {
    static final Instant START = Instant.parse('2026-11-01T00:00:00Z')

    @TempDir Path dir

    def "changes waiting behind a write are applied one after another and written together; a refused one changes nothing"() {
        given: 'a store whose first change holds the lock until released'
        def store = new StateStore(dir, Duration.ofSeconds(10))
        store.open({ new ApplianceState(1L, EstateSize.SMALL, START, 'test', START, 0, 1, [], 0) }, { })
        long generation = store.current().generation()
        def release = new CountDownLatch(1)
        def results = Collections.synchronizedMap([:])
        def first = Thread.start {
            results.first = store.change { state ->
                release.await()
                def moved = state.withClock(state.clock().plusSeconds(60))
                new StateStore.Change(moved, moved.clock())
            }
        }
        new PollingConditions(timeout: 10).eventually { assert store.@local.isLocked() }

        when: 'five more changes queue, the third of which is refused'
        def waiting = (1..5).collect { n ->
            def thread = Thread.start {
                try {
                    results[n] = store.change { state ->
                        if (n == 3) {
                            throw new IllegalArgumentException('refused')
                        }
                        def moved = state.withClock(state.clock().plusSeconds(60))
                        new StateStore.Change(moved, moved.clock())
                    }
                } catch (IllegalArgumentException e) {
                    results[n] = e.message
                }
            }
            new PollingConditions(timeout: 10).eventually { assert store.@queued.size() == n }
            thread
        }
        release.countDown()
        first.join()
        waiting*.join()

        then: 'each got its own answer, the refused one its error'
        results.first == START.plusSeconds(60)
        results[3] == 'refused'
        [1, 2, 4, 5].collect { results[it] }.sort() == (2..5).collect { START.plusSeconds(60 * it) }

        and: 'the four that waited were written in one step after the first'
        store.current().clock() == START.plusSeconds(5 * 60)
        store.current().generation() == generation + 2

        and: 'what was written is what a fresh reader loads'
        new StateStore(dir, Duration.ofSeconds(10)).current().clock() == START.plusSeconds(5 * 60)
    }
}
