package io.vbaws.cli

import spock.lang.Specification

import java.util.concurrent.CountDownLatch

/** Progress lines handed over by many workers come out whole, each worker's in its order, all of them by close. */
class QueuedLinesSpec extends Specification {

    def "lines from eight workers are printed whole and in each worker's order, and all are out when close returns"() {
        given:
        def text = new StringWriter()
        def lines = new QueuedLines(new PrintWriter(text))
        def start = new CountDownLatch(1)

        when:
        def workers = (1..8).collect { w ->
            Thread.start {
                start.await()
                (1..500).each { n -> lines.add("worker $w line $n${System.lineSeparator()}") }
            }
        }
        start.countDown()
        workers*.join()
        lines.close()

        then:
        def printed = text.toString().readLines()
        printed.size() == 8 * 500
        printed.every { it ==~ /worker \d line \d+/ }
        (1..8).every { w -> printed.findAll { it.startsWith("worker $w ") }*.replaceAll(/.* line /, '')*.toInteger() == (1..500) }
    }

    def "close with nothing queued returns, and prints nothing"() {
        given:
        def text = new StringWriter()

        when:
        new QueuedLines(new PrintWriter(text)).close()

        then:
        text.toString() == ''
    }
}
