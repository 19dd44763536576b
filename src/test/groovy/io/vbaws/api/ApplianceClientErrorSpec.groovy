package io.vbaws.api

import mockwebserver3.MockResponse
import mockwebserver3.SocketEffect

class ApplianceClientErrorSpec extends MockApplianceSpec {

    def "a non-2xx answer becomes an ApiException with status, errorCode, title, details, method and path"() {
        given:
        server.enqueue(token())
        server.enqueue(error(status, code, title, details))

        when:
        client(attempts: 1).getPolicy('p-1')

        then:
        def e = thrown(ApiException)
        e.status() == status
        e.errorCode() == code
        e.title() == title
        e.details() == details
        e.method() == 'GET'
        e.path() == '/policy/ec2SlaBasedPolicies/p-1'
        e.message.startsWith("GET /policy/ec2SlaBasedPolicies/p-1: $status")
        e.message.contains(details)
        e.message.contains("[$code]")

        where:
        status | code              | title                   | details
        400    | 'UnexpectedContent' | 'Bad Request'         | 'regionIds must not contain duplicates'
        401    | 'InvalidToken'    | 'Unauthorized'          | 'The token is not valid'
        403    | 'AccessDenied'    | 'Forbidden'             | 'User viewer cannot modify policies'
        404    | 'NotFound'        | 'Not Found'             | 'Policy p-1 does not exist'
        500    | 'UnknownError'    | 'Internal Server Error' | 'Something broke'
        503    | 'ServiceUnavailable' | 'Service Unavailable' | 'Restarting'
        504    | 'UnknownError'    | 'Gateway Timeout'       | 'Upstream timed out'
    }

    def "a message says what a user can do about 401, 403 and 503"() {
        given:
        server.enqueue(token())
        server.enqueue(error(status, 'X', 't', 'd'))

        when:
        client(attempts: 1).getPolicy('p-1')

        then:
        def e = thrown(ApiException)
        e.message.contains(hint)

        where:
        status | hint
        401    | 'VBAWS_USERNAME'
        403    | 'Administrator role'
        503    | 'try again'
    }

    def "an error body that says detail instead of details is read all the same"() {
        given:
        server.enqueue(token())
        server.enqueue(json(400, [title: 'Bad Request', status: 400, errorCode: 'UnexpectedContent', detail: 'name is required']))

        when:
        client().createPolicy(new io.vbaws.api.model.SlaPolicySpec(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null))

        then:
        def e = thrown(ApiException)
        e.details() == 'name is required'
        e.message.contains('name is required')
    }

    def "an error that is not JSON keeps the status line and a short piece of the body"() {
        given:
        server.enqueue(token())
        server.enqueue(new MockResponse.Builder().code(502).body('<html>' + 'x' * 500 + '</html>').build())

        when:
        client(attempts: 1).regions()

        then:
        def e = thrown(ApiException)
        e.status() == 502
        e.errorCode() == null
        e.details().length() <= 203
        e.message.startsWith('GET /cloudInfrastructure/regions?Offset=0&Limit=200: 502') || e.message.startsWith('GET /cloudInfrastructure/regions: 502')
    }

    def "a success answer that is not the expected JSON is an UnexpectedContent error"() {
        given:
        server.enqueue(token())
        server.enqueue(ok('{"id": [1, 2'))

        when:
        client().getPolicy('p-1')

        then:
        def e = thrown(ApiException)
        e.errorCode() == 'UnexpectedContent'
        e.message.contains('not the expected JSON')
    }

    def "an appliance that cannot be reached is a transport failure naming its address"() {
        given:
        def url = server.url('/').uri()
        server.close()
        def c = ApplianceClient.create(ClientConfig.of(url, Credentials.of('admin', PASSWORD))
                .withRetries(RetryPolicy.none()))

        when:
        c.regions()

        then:
        def e = thrown(ApiException)
        e.isTransportFailure()
        e.status() == 0
        e.message.contains('cannot connect to the appliance at ' + url)
    }

    def "a dropped connection on a create is a transport failure, not a retry"() {
        given:
        server.enqueue(token())
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build())

        when:
        client().createPolicy(new io.vbaws.api.model.SlaPolicySpec('n', null, 'id', 'AllItems', null, null, ['r'], null, 's', null, null, null, null, null, null))

        then:
        def e = thrown(ApiException)
        e.isTransportFailure()
        e.method() == 'POST'
        server.requestCount == 2
    }
}
