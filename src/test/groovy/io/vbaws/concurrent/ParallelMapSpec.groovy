package io.vbaws.concurrent

import io.vbaws.query.QueryException

import spock.lang.Specification

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

class ParallelMapSpec extends Specification {

    def "reads run side by side and answer in the order asked"() {
        given: 'each read waits until three are in flight: one at a time, none would ever pass'
        def inFlight = new CountDownLatch(3)

        when:
        def answers = new ParallelMap(3, 'test').map([3, 1, 2]) { int n ->
            inFlight.countDown()
            assert inFlight.await(10, TimeUnit.SECONDS): 'the reads ran one after another'
            Thread.sleep(n * 20)
            "answer $n".toString()
        }

        then:
        answers == ['answer 3', 'answer 1', 'answer 2']
    }

    def "the first failure is thrown as it was"() {
        when:
        new ParallelMap(4, 'test').map([1, 2, 3]) { int n -> if (n == 2) { throw new QueryException('no such session') }; n }

        then:
        def e = thrown(QueryException)
        e.message == 'no such session'
    }

    def "a width of one reads in the caller's thread"() {
        given:
        def caller = Thread.currentThread().name

        expect:
        new ParallelMap(1, 'test').map([1, 2]) { Thread.currentThread().name } == [caller, caller]
    }
}
