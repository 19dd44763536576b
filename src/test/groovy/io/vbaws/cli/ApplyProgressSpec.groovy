package io.vbaws.cli

import spock.lang.Specification

import java.time.Duration

/** The time on each progress line of an apply: seconds with two decimals, as %.2f wrote them. */
class ApplyProgressSpec extends Specification {

    def "#took is shown as #shown seconds, rounded half up as %.2f rounds"() {
        expect:
        ApplyCommand.seconds(took) == shown
        shown == String.format(Locale.ROOT, '%.2f', took.toNanos() / 1e9)

        where:
        took                         || shown
        Duration.ZERO                || '0.00'
        Duration.ofMillis(4)         || '0.00'
        Duration.ofMillis(5)         || '0.01'
        Duration.ofMillis(20)        || '0.02'
        Duration.ofMillis(1234)      || '1.23'
        Duration.ofMillis(1235)      || '1.24'
        Duration.ofMillis(9999)      || '10.00'
        Duration.ofSeconds(61)       || '61.00'
        Duration.ofNanos(104_999_999) || '0.10'
    }
}
