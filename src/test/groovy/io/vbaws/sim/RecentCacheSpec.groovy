package io.vbaws.sim

import spock.lang.Specification

class RecentCacheSpec extends Specification {

    def "it keeps the most recently used entries and drops the least recently used beyond its size"() {
        given:
        def cache = new RecentCache<String, String>(2)
        int computed = 0
        def value = { String k -> cache.get(k, { computed++; k.toUpperCase() }) }

        when:
        value('a'); value('b'); value('a'); value('c')

        then: 'b was the least recently used'
        cache.size() == 2
        computed == 3

        when:
        value('a'); value('c')

        then: 'a and c are still there'
        computed == 3

        when:
        value('b')

        then:
        computed == 4
        cache.size() == 2
    }
}
