package io.vbaws.api

import io.vbaws.api.model.PolicyPriority
import io.vbaws.api.model.PriorityOrder
import io.vbaws.api.model.SlaPolicySpec
import mockwebserver3.MockResponse
import mockwebserver3.SocketEffect

class ApplianceClientRetrySpec extends MockApplianceSpec {

    static final SlaPolicySpec SPEC = new SlaPolicySpec('p', null, 'role', 'AllItems', null, null, ['r1'], null, 'gold',
            null, null, null, null, null, null)
    static final Map POLICY = [id: 'p-1', name: 'p', usn: 5]

    static MockResponse dropped() {
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build()
    }

    static MockResponse failure(String kind) {
        switch (kind) {
            case '503': return error(503, 'ServiceUnavailable', 'Service Unavailable', 'busy')
            case '504': return error(504, 'UnknownError', 'Gateway Timeout', 'slow')
            case 'drop': return dropped()
        }
    }

    def "#operation is retried after #kind and then succeeds"() {
        given:
        server.enqueue(token())
        server.enqueue(failure(kind))
        server.enqueue(answer)

        when:
        call.call(client())

        then:
        server.requestCount == 3
        take()
        def first = take()
        def second = take()
        first.method == second.method
        first.url == second.url
        debugLines.any { it.startsWith('retrying') }

        where:
        [operation, call, answer, kind] << [
                ['GET', { ApplianceClient c -> c.getPolicy('p-1') }, ok(POLICY)],
                ['PUT', { ApplianceClient c -> c.modifyPolicy('p-1', SPEC) }, ok(POLICY)],
                ['DELETE', { ApplianceClient c -> c.deletePolicy('p-1') }, noContent()],
                ['enable', { ApplianceClient c -> c.enablePolicy('p-1') }, ok([:])],
                ['disable', { ApplianceClient c -> c.disablePolicy('p-1') }, ok([:])],
                ['orderPriorities', { ApplianceClient c -> c.orderPriorities(new PriorityOrder([new PolicyPriority('p-1', 1)])) }, ok([:])],
        ].collectMany { row -> ['503', '504', 'drop'].collect { k -> row + [k] } }
    }

    def "a create is never retried blindly, whatever the failure"() {
        given:
        server.enqueue(token())
        server.enqueue(failure(kind))
        server.enqueue(ok(POLICY))

        when:
        client().createPolicy(SPEC)

        then:
        def e = thrown(ApiException)
        server.requestCount == 2
        kind == 'drop' ? e.isTransportFailure() : e.status() == kind as int

        where:
        kind << ['503', '504', 'drop']
    }

    def "a create answered 503 with Retry-After 0 is not repeated behind our back"() {
        given:
        server.enqueue(token())
        server.enqueue(new MockResponse.Builder().code(503).setHeader('Retry-After', '0').body('{}').build())
        server.enqueue(ok(POLICY))

        when:
        client().createPolicy(SPEC)

        then:
        def e = thrown(ApiException)
        e.status() == 503
        server.requestCount == 2
    }

    def "retries stop after the configured attempts and report the last failure"() {
        given:
        server.enqueue(token())
        4.times { server.enqueue(error(503, 'ServiceUnavailable', 'Service Unavailable', "busy $it")) }

        when:
        client(attempts: 3).getPolicy('p-1')

        then:
        def e = thrown(ApiException)
        e.status() == 503
        e.details() == 'busy 2'
        server.requestCount == 4
    }

    def "errors other than 503 and 504 are not retried"() {
        given:
        server.enqueue(token())
        server.enqueue(error(status, 'X', 'T', 'd'))

        when:
        client().getPolicy('p-1')

        then:
        thrown(ApiException)
        server.requestCount == 2

        where:
        status << [400, 404, 409, 500]
    }

    def "a short Retry-After from the appliance is honoured"() {
        given:
        server.enqueue(token())
        server.enqueue(new MockResponse.Builder().code(503).setHeader('Retry-After', '0').body('{}').build())
        server.enqueue(ok(POLICY))

        when:
        def p = client().getPolicy('p-1')

        then:
        p.id() == 'p-1'
        debugLines.any { it.contains('in 0 ms') }
    }

    def "a delete whose answer was lost and whose retry finds the policy gone counts as done"() {
        given:
        server.enqueue(token())
        server.enqueue(dropped())
        server.enqueue(error(404, 'NotFound', 'Not Found', 'no such policy'))

        when:
        client().deletePolicy('p-1')

        then:
        noExceptionThrown()
        server.requestCount == 3
    }

    def "a delete that was refused with 503 and then finds no policy is still an error"() {
        given:
        server.enqueue(token())
        server.enqueue(error(503, 'ServiceUnavailable', 'Service Unavailable', 'busy'))
        server.enqueue(error(404, 'NotFound', 'Not Found', 'no such policy'))

        when:
        client().deletePolicy('p-1')

        then:
        def e = thrown(ApiException)
        e.status() == 404
    }

    def "a delete of a policy that never existed is still an error"() {
        given:
        server.enqueue(token())
        server.enqueue(error(404, 'NotFound', 'Not Found', 'no such policy'))

        when:
        client().deletePolicy('p-1')

        then:
        def e = thrown(ApiException)
        e.status() == 404
    }

    def "backoff grows with each attempt, stays within bounds and is jittered"() {
        given:
        def policy = new RetryPolicy(6, java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(1000))

        expect:
        policy.delayAfter(1, 0.0).toMillis() == 50
        policy.delayAfter(1, 1.0).toMillis() == 100
        policy.delayAfter(2, 1.0).toMillis() == 200
        policy.delayAfter(3, 1.0).toMillis() == 400
        policy.delayAfter(5, 1.0).toMillis() == 1000
        policy.delayAfter(5, 0.0).toMillis() == 500
    }
}
