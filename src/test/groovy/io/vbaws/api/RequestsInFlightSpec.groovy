package io.vbaws.api

import mockwebserver3.Dispatcher
import mockwebserver3.MockResponse
import mockwebserver3.RecordedRequest

import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/** A client limited to N requests in flight (what apply's --parallelism counts) and the client it comes from. */
class RequestsInFlightSpec extends MockApplianceSpec {
    AtomicInteger inFlight = new AtomicInteger()
    AtomicInteger peak = new AtomicInteger()
    AtomicInteger deletes = new AtomicInteger()

    /** An appliance that answers deletes after {@code hold} is open, counting how many are in flight at once. */
    void deletesHeldBy(CountDownLatch hold, List<MockResponse> answers = []) {
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') {
                    return token()
                }
                deletes.incrementAndGet()
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max)
                hold.countDown()
                hold.await(5, TimeUnit.SECONDS)
                Thread.sleep(30) // long enough for a request beyond the limit to arrive, were it sent
                inFlight.decrementAndGet()
                synchronized (answers) {
                    answers.isEmpty() ? noContent() : answers.remove(0)
                }
            }
        }
    }

    /** Runs {@code calls} deletes, each on its own thread, and waits for all of them. */
    static void deleteFromThreads(ApplianceClient c, int calls) {
        def threads = Executors.newFixedThreadPool(calls)
        try {
            def done = (1..calls).collect { i -> threads.submit { c.deletePolicy("p-$i") } }
            done.each { it.get(10, TimeUnit.SECONDS) }
        } finally {
            threads.shutdownNow()
        }
    }

    def "a limited client never has more requests in flight than its limit, however many threads call it"() {
        given:
        deletesHeldBy(new CountDownLatch(3))
        def c = client()

        when:
        deleteFromThreads(c.limitedTo(3), 8)

        then:
        deletes.get() == 8
        peak.get() == 3

        cleanup:
        c?.close()
    }

    def "the client a limited one comes from stays unlimited"() {
        given:
        deletesHeldBy(new CountDownLatch(5))
        def c = client()
        c.limitedTo(1)

        when:
        deleteFromThreads(c, 5)

        then:
        peak.get() == 5

        cleanup:
        c?.close()
    }

    def "a refused request gives its slot back: the next one is sent"() {
        given:
        deletesHeldBy(new CountDownLatch(0), [error(404, 'NotFound', 'Not Found', 'no such policy')])
        def c = client()
        def limited = c.limitedTo(1)

        when:
        limited.deletePolicy('gone')

        then:
        thrown(ApiException)

        when:
        limited.deletePolicy('there')

        then:
        noExceptionThrown()
        deletes.get() == 2

        cleanup:
        c?.close()
    }

    def "a request waiting for a slot ends when its thread is interrupted, and is never sent"() {
        given: 'one slot, taken by a delete the appliance holds'
        def release = new CountDownLatch(2)
        deletesHeldBy(release)
        def c = client()
        def limited = c.limitedTo(1)
        def first = Thread.start { limited.deletePolicy('first') }
        new PollingWait().until { deletes.get() == 1 }
        Throwable failure = null
        def second = Thread.start {
            try {
                limited.deletePolicy('second')
            } catch (Throwable t) {
                failure = t
            }
        }

        when:
        new PollingWait().until { second.state == Thread.State.WAITING }
        second.interrupt()
        second.join(5000)
        release.countDown()
        first.join(5000)

        then:
        failure instanceof ApiException
        failure.message.contains('interrupted while waiting to send')
        deletes.get() == 1

        cleanup:
        c?.close()
    }

    def "closing a limited client leaves the client it comes from working"() {
        given:
        deletesHeldBy(new CountDownLatch(0))
        def c = client()

        when:
        c.limitedTo(2).close()
        c.deletePolicy('p-1')

        then:
        deletes.get() == 1

        cleanup:
        c?.close()
    }

    /** Polls a condition every few milliseconds, for at most five seconds. */
    static class PollingWait {
        void until(Closure<Boolean> condition) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5)
            while (!condition()) {
                if (System.nanoTime() > end) {
                    throw new AssertionError('condition not met within 5 s')
                }
                Thread.sleep(5)
            }
        }
    }
}
