package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** orderPriorities: listed policies take their places, the others keep their order, the result is 1..N, usn moves with priority. */
class PriorityOrderSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'

    @TempDir Path dir
    @AutoCleanup SimulatedAppliance sim
    ApplianceHttp http

    def setup() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        http = ApplianceHttp.loggedIn(sim)
        ['p4', 'p5', 'p6'].each { http.create(http.policyBody(it, ['web-01'])) }
    }

    private List<String> order() {
        http.all(POLICIES).sort { it.priority }*.name
    }

    def "the listed policies take the given priorities and the others fill the rest in their old order"() {
        given:
        def before = http.all(POLICIES).collectEntries { [it.name, it] }

        when:
        def reply = http.post("$POLICIES/orderPriorities", [priorities: [
                [policyId: before.p6.id, priority: 1],
                [policyId: before['legacy-nightly'].id, priority: 5]]])

        then:
        reply.status == 200
        reply.json == [:]
        order() == ['p6', 'finance-db', 'sandbox-weekly', 'p4', 'legacy-nightly', 'p5']
        http.all(POLICIES)*.priority.sort() == [1, 2, 3, 4, 5, 6]
    }

    def "every policy whose priority changed takes a new usn, above all before; the others keep theirs"() {
        given:
        def before = http.all(POLICIES).collectEntries { [it.name, it] }
        long highest = before.values()*.usn.max() as long

        when:
        http.post("$POLICIES/orderPriorities", [priorities: [[policyId: before.p5.id, priority: 4]]])
        def after = http.all(POLICIES).collectEntries { [it.name, it] }

        then: 'p5 moved up one, p4 down one; nobody else moved'
        order() == ['legacy-nightly', 'finance-db', 'sandbox-weekly', 'p5', 'p4', 'p6']
        after.p5.usn > highest
        after.p4.usn > highest
        after.p5.usn != after.p4.usn
        ['legacy-nightly', 'finance-db', 'sandbox-weekly', 'p6'].every { after[it].usn == before[it].usn }
    }

    def "placing policies where they already are changes nothing"() {
        given:
        def before = http.all(POLICIES)

        when:
        http.post("$POLICIES/orderPriorities", [priorities: [[policyId: before[0].id, priority: 1]]])

        then:
        http.all(POLICIES) == before
    }

    def "a bad order is a 400 naming the problem, and nothing moves"() {
        given:
        def before = http.all(POLICIES)
        def ids = before*.id
        String unknown = UUID.randomUUID()

        expect:
        def reply = http.post("$POLICIES/orderPriorities", body(ids, unknown))
        reply.status == 400
        reply.json.details.contains(message.replace('ID0', ids[0]).replace('UNKNOWN', unknown))
        http.all(POLICIES) == before

        where:
        message                                                  | body
        'priorities is required and must not be empty'           | { all, missing -> [priorities: []] }
        'priorities is required and must not be empty'           | { all, missing -> [:] }
        'priorities refers to unknown policies: UNKNOWN'         | { all, missing -> [priorities: [[policyId: missing, priority: 1]]] }
        'priorities lists policy ID0 more than once'             | { all, missing -> [priorities: [[policyId: all[0], priority: 1], [policyId: all[0], priority: 2]]] }
        'priorities gives priority 2 to more than one policy'    | { all, missing -> [priorities: [[policyId: all[0], priority: 2], [policyId: all[1], priority: 2]]] }
        'priorities[0].priority must be between 1 and 6, not 0'  | { all, missing -> [priorities: [[policyId: all[0], priority: 0]]] }
        'priorities[0].priority must be between 1 and 6, not 7'  | { all, missing -> [priorities: [[policyId: all[0], priority: 7]]] }
        'priorities[0].policyId is required'                     | { all, missing -> [priorities: [[priority: 1]]] }
    }

    def "a literal path segment wins over a policy ID: orderPriorities is not taken for GET of a policy"() {
        expect:
        http.get("$POLICIES/orderPriorities").status == 404
        http.post("$POLICIES/orderPriorities", [priorities: [[policyId: http.all(POLICIES)[0].id, priority: 1]]]).status == 200
    }
}
