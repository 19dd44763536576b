package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** Requests counted by method and path template, at GET /sim/stats and sim.stats(), timed at GET /sim/requests, and reset. */
class RequestStatsSpec extends Specification {
    @TempDir Path dir
    @AutoCleanup SimulatedAppliance sim

    def setup() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir))
    }

    def "API requests are counted by method and path template, faulted ones included, /sim ones not"() {
        given:
        def http = ApplianceHttp.loggedIn(sim)
        def ids = http.all('/policy/ec2SlaBasedPolicies')*.id
        http.delete('/sim/stats')

        when:
        ids.each { http.get("/policy/ec2SlaBasedPolicies/$it") }
        http.get('/policy/ec2SlaBasedPolicies')
        sim.faults().failNext(1, 'GET', '/policy/ec2SlaBasedPolicies', 503)
        http.get('/policy/ec2SlaBasedPolicies')
        http.get('/no/such/thing')
        http.get('/sim/clock')
        def stats = http.get('/sim/stats').json

        then:
        stats.requests == ['GET /api/v1/policy/ec2SlaBasedPolicies/{policyId}': 3,
                           'GET /api/v1/policy/ec2SlaBasedPolicies'           : 2,
                           'GET /api/v1/no/such/thing'                        : 1]
        stats.total == 6
        sim.stats().count('GET', '/policy/ec2SlaBasedPolicies/{policyId}') == 3
        sim.stats().count('GET /api/v1/policy/ec2SlaBasedPolicies') == 2
        sim.stats().snapshot() == stats.requests
    }

    def "the token request counts too, and DELETE /sim/stats starts from zero"() {
        given:
        def http = ApplianceHttp.loggedIn(sim)

        expect:
        sim.stats().count('POST', '/token') == 1

        when:
        def reset = http.delete('/sim/stats')

        then:
        reset.status == 204
        sim.stats().total() == 0
        http.get('/sim/stats').json == [total: 0, requests: [:]]
    }

    def "the timeline lists each ended request with when it arrived and ended, in order, and starts over on reset"() {
        given:
        def http = ApplianceHttp.loggedIn(sim)
        http.delete('/sim/stats')
        sim.faults().configure('latency=30ms')

        when:
        http.get('/policy/ec2SlaBasedPolicies')
        http.get('/cloudInfrastructure/regions')
        http.get('/sim/clock')
        def timeline = http.get('/sim/requests').json.requests

        then: 'the /sim controls are not on it; each API request waited out the injected latency before it ended'
        timeline*.method == ['GET', 'GET']
        timeline*.path == ['/api/v1/policy/ec2SlaBasedPolicies', '/api/v1/cloudInfrastructure/regions']
        timeline.every { it.endedMs - it.arrivedMs >= 30 }
        timeline[1].arrivedMs >= timeline[0].endedMs
        sim.stats().timeline().size() == 2

        when:
        http.delete('/sim/stats')

        then:
        http.get('/sim/requests').json == [requests: []]
    }
}
