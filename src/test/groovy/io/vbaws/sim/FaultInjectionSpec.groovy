package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Duration

/** Random faults from a SPEC (seeded, so reproducible) and targeted ones, programmatic and over /sim/faults. */
class FaultInjectionSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'

    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared ApplianceHttp http

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        http = ApplianceHttp.loggedIn(sim)
    }

    def setup() {
        sim.faults().clear()
    }

    def "a SPEC reads every fault it names"() {
        when:
        def spec = FaultSpec.parse('latency=20ms,jitter=50-500ms,error503=0.1,error504=0.05,drop=0.02,tokenTtl=30s,seed=7')

        then:
        spec == new FaultSpec(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(500), 0.1, 0.05, 0.02,
                Duration.ofSeconds(30), 7L)
        FaultSpec.parse('') == FaultSpec.NONE
        FaultSpec.parse('jitter=1s-2s').jitterMin() == Duration.ofSeconds(1)
    }

    def "a bad SPEC names the fault and what it expected"() {
        when:
        FaultSpec.parse(text)

        then:
        def e = thrown(IllegalArgumentException)
        e.message.contains(message)

        where:
        text                       | message
        'latency'                  | "fault 'latency' has no value"
        'latency=fast'             | 'fault latency must be a duration such as 20ms'
        'jitter=500ms'             | 'fault jitter must be a range such as 50-500ms'
        'jitter=500-50ms'          | 'fault jitter range runs backwards'
        'error503=2'               | 'fault error503 must be a probability between 0 and 1'
        'error503=0.6,error504=0.6'| 'add up to more than 1'
        'boom=1'                   | "unknown fault 'boom' (expected latency, jitter, error503, error504, drop, tokenTtl or seed)"
    }

    def "latency and jitter delay every request by the fixed time plus a seeded draw from the range"() {
        given:
        def draw = { long seed ->
            def faults = new FaultInjector('latency=20ms,jitter=50-500ms', seed)
            (1..200).collect { faults.decide('GET', '/api/v1/system/version', '/api/v1/system/version').delayMillis() }
        }

        when:
        def delays = draw(1)

        then:
        delays.every { it >= 70 && it <= 520 }
        delays.toSet().size() > 50
        draw(1) == delays
        draw(2) != delays
    }

    def "error503=1 answers every API request 503 ServiceUnavailable, the token request too, but not the /sim controls"() {
        given:
        sim.faults().configure('error503=1')

        expect:
        http.get('/system/version').status == 503
        http.get('/system/version').json.errorCode == 'ServiceUnavailable'
        http.form('/token', [grant_type: 'password', username: 'admin', password: SimOptions.DEFAULT_ADMIN_PASSWORD]).status == 503
        http.get('/sim/stats').status == 200
    }

    def "random faults are reproducible: the same SPEC and seed give the same answers in the same order"() {
        given:
        def twinDir = File.createTempDir().toPath()
        def twin = SimulatedAppliance.start(SimOptions.defaults(twinDir))
        def twinHttp = ApplianceHttp.loggedIn(twin)
        sim.faults().configure('error503=0.3,error504=0.2,seed=5')
        twin.faults().configure('error503=0.3,error504=0.2,seed=5')

        when:
        def here = (1..40).collect { http.get('/system/version').status }
        def there = (1..40).collect { twinHttp.get('/system/version').status }

        then:
        here == there
        here.toSet() == [200, 503, 504] as Set

        cleanup:
        twin?.close()
        twinDir.toFile().deleteDir()
    }

    def "drop=1 closes every connection without an answer"() {
        given:
        sim.faults().configure('drop=1')

        when:
        http.get('/system/version')

        then:
        thrown(IOException)
    }

    def "the next N matching requests fail with the status asked for, then requests pass again"() {
        given:
        sim.faults().failNext(2, 'GET', '/policy/ec2SlaBasedPolicies/{policyId}', 503)
        def id = http.policyNamed('finance-db').id

        expect:
        http.get(POLICIES).status == 200
        http.get("$POLICIES/$id").status == 503
        sim.faults().pendingRules()*.times() == [1]
        http.get("$POLICIES/$id").status == 503
        http.get("$POLICIES/$id").status == 200
        sim.faults().pendingRules().isEmpty()
    }

    def "a rule may name a concrete path and any method"() {
        given:
        def id = http.policyNamed('finance-db').id
        sim.faults().failNext(1, '*', "/api/v1/policy/ec2SlaBasedPolicies/$id/slaReport", 504)

        expect:
        http.get("$POLICIES/${http.policyNamed('legacy-nightly').id}/slaReport").status == 200
        http.get("$POLICIES/$id/slaReport").status == 504
        http.get("$POLICIES/$id/slaReport").status == 200
    }

    def "a dropped create changes nothing; a create whose answer is lost did create"() {
        given:
        int before = http.all(POLICIES).size()

        when:
        sim.faults().dropNext(1, 'POST', '/policy/ec2SlaBasedPolicies')
        http.post(POLICIES, http.policyBody('dropped', ['web-01']))

        then:
        thrown(IOException)
        http.all(POLICIES).size() == before

        when:
        sim.faults().loseAnswerOfNext(1, 'POST', '/policy/ec2SlaBasedPolicies')
        http.post(POLICIES, http.policyBody('answer-lost', ['web-01']))

        then:
        thrown(IOException)
        http.policyNamed('answer-lost') != null
        http.all(POLICIES).size() == before + 1
    }

    def "faults are set, shown and cleared over /sim/faults"() {
        when:
        def set = http.post('/sim/faults', [spec : 'error504=1', clear: true,
                                            rules: [[method: 'POST', path: '/policy/ec2SlaBasedPolicies/{policyId}/disable', times: 3, action: 'fail', status: 500],
                                                    [method: 'post', path: '/api/v1/policy/ec2SlaBasedPolicies', times: 1, action: 'LOSE_ANSWER']]])

        then:
        set.status == 200
        set.json.spec == 'error504=1'
        set.json.rules == [[method: 'POST', path: '/api/v1/policy/ec2SlaBasedPolicies/{policyId}/disable', times: 3, action: 'FAIL', status: 500],
                           [method: 'POST', path: '/api/v1/policy/ec2SlaBasedPolicies', times: 1, action: 'LOSE_ANSWER', status: 0]]
        http.get('/sim/faults').json == set.json
        http.get('/system/version').status == 504

        when:
        def cleared = http.delete('/sim/faults')

        then:
        cleared.status == 204
        http.get('/sim/faults').json == [spec: '', rules: []]
        http.get('/system/version').status == 200
    }

    def "a bad fault body is a 400 that says what is wrong"() {
        expect:
        http.post('/sim/faults', [spec: 'boom=1']).json.details.contains("unknown fault 'boom'")
        http.post('/sim/faults', [rules: [[path: '/x', times: 1, action: 'FAIL', status: 200]]]).status == 400
        http.post('/sim/faults', [rules: [[path: '/x', times: 0, action: 'DROP']]]).status == 400
        sim.faults().pendingRules().isEmpty()
    }
}
