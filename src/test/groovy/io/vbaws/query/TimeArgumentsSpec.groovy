package io.vbaws.query
import io.vbaws.query.TimeArguments
import io.vbaws.query.QueryException

import spock.lang.Specification

import java.time.Clock
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneOffset

/** How from: and to: read: ISO dates and date-times, relative forms, defaults. */
class TimeArgumentsSpec extends Specification {
    def time = new TimeArguments(Clock.fixed(Instant.parse('2026-11-04T12:30:00Z'), ZoneOffset.UTC))

    def "reads #text as #expected"() {
        expect:
        time.instant(text, 'from') == Instant.parse(expected)

        where:
        text                          | expected
        '2026-11-01'                  | '2026-11-01T00:00:00Z'
        '2026-11-01T08:15:00Z'        | '2026-11-01T08:15:00Z'
        '2026-11-01T08:15:00+02:00'   | '2026-11-01T06:15:00Z'
        '2026-11-01T08:15'            | '2026-11-01T08:15:00Z'
        '7d'                          | '2026-10-28T12:30:00Z'
        '12h'                         | '2026-11-04T00:30:00Z'
        '2w'                          | '2026-10-21T12:30:00Z'
        '30m'                         | '2026-11-04T12:00:00Z'
        'today'                       | '2026-11-04T00:00:00Z'
        'Yesterday'                   | '2026-11-03T00:00:00Z'
        'now'                         | '2026-11-04T12:30:00Z'
    }

    def "java.time values and dates are taken as they are"() {
        expect:
        time.instant(LocalDate.of(2026, 10, 1), 'to') == Instant.parse('2026-10-01T00:00:00Z')
        time.instant(new Date(0), 'to') == Instant.EPOCH
    }

    def "from: defaults to 7 days ago and to: to now"() {
        expect:
        time.from(null) == Instant.parse('2026-10-28T12:30:00Z')
        time.to(null) == Instant.parse('2026-11-04T12:30:00Z')
    }

    def "an unreadable date names the argument and the accepted forms"() {
        when:
        time.instant('next week', 'to')

        then:
        def e = thrown(QueryException)
        e.message == "to: cannot read 'next week' as a date; use 2026-11-01, 2026-11-01T08:00:00Z, 30m, 12h, 7d, 2w, today, yesterday or now"
    }
}
