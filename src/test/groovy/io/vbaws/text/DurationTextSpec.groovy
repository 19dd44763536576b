package io.vbaws.text

import spock.lang.Specification

import java.time.Duration

class DurationTextSpec extends Specification {

    def "'#text' reads as #expected"() {
        expect:
        DurationText.parse(text) == expected

        where:
        text    | expected
        '10s'   | Duration.ofSeconds(10)
        '10'    | Duration.ofSeconds(10)
        '500ms' | Duration.ofMillis(500)
        '5m'    | Duration.ofMinutes(5)
        '5 min' | Duration.ofMinutes(5)
        '1h'    | Duration.ofHours(1)
    }

    def "a duration that is not one, or is zero, says how to write it"() {
        when:
        DurationText.parse(text)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains(text)

        where:
        text << ['soon', '0s', '-5s']
    }

    def "#duration prints as '#expected'"() {
        expect:
        DurationText.of(duration) == expected

        where:
        duration                               | expected
        Duration.ofMillis(250)                 | '250 ms'
        Duration.ofSeconds(10)                 | '10 s'
        Duration.ofMillis(1500)                | '1.5 s'
        Duration.ofMinutes(5)                  | '5 min'
        Duration.ofSeconds(90)                 | '1 min 30 s'
        Duration.ofMinutes(90)                 | '1 h 30 min'
        Duration.ofHours(1)                    | '1 h'
    }
}
