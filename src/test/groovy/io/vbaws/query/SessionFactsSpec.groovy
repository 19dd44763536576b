package io.vbaws.query

import io.vbaws.api.model.SessionTime
import io.vbaws.api.model.SlaSessionLog
import spock.lang.Specification

/** What a session's log tells: how long it ran, and why it did not succeed. */
class SessionFactsSpec extends Specification {

    static SlaSessionLog line(String name, String status, String at) {
        new SlaSessionLog(name, status, at == null ? null : new SessionTime(at, null))
    }

    def "the reason is the first error line, else the first warning line, else none: #statuses"() {
        given:
        def log = statuses.withIndex().collect { String status, int i -> line("line $i", status, "2026-12-01T10:0$i:00Z") }

        expect:
        SessionFacts.reasonOf(log) == reason
        SessionFacts.of(log).reason() == reason

        where:
        statuses                                   || reason
        ['Success', 'Warning', 'Error', 'Error']   || 'line 2'
        ['Success', 'Warning', 'Warning']          || 'line 1'
        ['Success', 'Success']                     || null
        []                                         || null
    }

    def "the reason does not depend on the lines' times, which only the duration reads"() {
        given:
        def log = [line('started', 'Success', 'not a time'), line('snapshot failed', 'Error', null),
                   line('finished', 'Success', '2026-12-01T10:05:00Z'), line('cleanup', 'Success', '2026-12-01T10:09:30Z')]

        expect:
        SessionFacts.reasonOf(log) == 'snapshot failed'
        SessionFacts.of(log) == new SessionFacts(270L, 'snapshot failed')
    }
}
