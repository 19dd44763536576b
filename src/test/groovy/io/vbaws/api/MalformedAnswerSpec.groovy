package io.vbaws.api

import mockwebserver3.MockResponse

/** A wrong answer is an error naming the request, never "no policies" or an empty name (issue 13.1, 13.2). */
class MalformedAnswerSpec extends MockApplianceSpec {

    static final String POLICIES = 'GET /api/v1/policy/ec2SlaBasedPolicies'

    static Map policy(Map fields = [:]) {
        [id: 'p-1', name: 'gold', usn: 3, regionIds: ['r1']] + fields
    }

    ApiException listFails(MockResponse answer) {
        server.enqueue(token())
        server.enqueue(answer)
        try {
            client().allPolicies()
        } catch (ApiException e) {
            return e
        }
        throw new AssertionError('expected the list to fail')
    }

    def "a 200 with an empty body is an error naming the request, not an empty collection"() {
        when:
        def e = listFails(new MockResponse.Builder().code(200).build())

        then:
        e.message == "$POLICIES: the appliance's answer is empty (no collection in it)"
    }

    def "results null is an error, not an empty collection"() {
        expect:
        listFails(ok([totalCount: 0, results: null])).message == "$POLICIES: the appliance's answer has no results list"
    }

    def "a totalCount the results do not bear out is an error"() {
        expect:
        listFails(ok([totalCount: count, results: results])).message ==
                "$POLICIES: the appliance says totalCount $count but sent $sent items"

        where:
        count | results            | sent
        0     | [policy()]         | 1
        5     | []                 | 0
    }

    def "a totalCount that changes between pages is an error"() {
        given:
        server.enqueue(token())
        server.enqueue(ok([totalCount: 3, results: [policy(id: 'a'), policy(id: 'b')]]))
        server.enqueue(ok([totalCount: 4, results: [policy(id: 'c'), policy(id: 'd')]]))

        when:
        client(pageSize: 2).allPolicies()

        then:
        def e = thrown(ApiException)
        e.message.startsWith("$POLICIES: the collection changed while it was read (totalCount 3, then 4)")
    }

    def "a policy without a name is named by its id"() {
        expect:
        listFails(ok(page([policy(name: null)]))).message ==
                "$POLICIES: the appliance sent a policy without a name (id p-1)"
    }

    def "a policy without an id is named by its name"() {
        expect:
        listFails(ok(page([policy(id: null)]))).message == "$POLICIES: the appliance sent a policy without an id (name \"gold\")"
    }

    def "a null item in a list is an error"() {
        expect:
        listFails(ok(page([policy(), null]))).message == "$POLICIES: the appliance sent a null item (at position 1)"
    }

    def "a null region id inside a policy is an error"() {
        expect:
        listFails(ok(page([policy(regionIds: ['r1', null])]))).message ==
                "$POLICIES: the appliance sent a policy with a null region id (id p-1)"
    }

    def "a single policy answered with an empty body is an error, not null"() {
        given:
        server.enqueue(token())
        server.enqueue(new MockResponse.Builder().code(200).build())

        when:
        client().getPolicy('p-1')

        then:
        def e = thrown(ApiException)
        e.message == 'GET /api/v1/policy/ec2SlaBasedPolicies/p-1: the appliance sent an empty answer'
    }

    def "a null token body is a clear error, not a NullPointerException"() {
        given:
        server.enqueue(json(200, body))

        when:
        client().allPolicies()

        then:
        def e = thrown(ApiException)
        e.message == "POST /api/v1/token: the appliance's token answer is empty"
        !(e.cause instanceof NullPointerException)

        where:
        body << ['null', '']
    }

    def "the templates and regions the resolver reads are checked too"() {
        given:
        server.enqueue(token())
        server.enqueue(ok(page([[id: 's1', name: null]])))

        when:
        client().slaTemplates()

        then:
        def e = thrown(ApiException)
        e.message == 'GET /api/v1/policyTemplates/slaTemplates: the appliance sent an SLA template without a name (id s1)'
    }
}
