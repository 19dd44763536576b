package io.vbaws.api

import io.vbaws.api.model.ApiValues

import java.time.Duration

class ApplianceClientAuthSpec extends MockApplianceSpec {

    def "the first call logs in with the password grant and then sends the bearer token"() {
        given:
        server.enqueue(token('access-1'))
        server.enqueue(ok([version: '9.0.0.123']))

        when:
        def version = client().systemVersion()

        then:
        version.version() == '9.0.0.123'
        def login = take()
        login.method == 'POST'
        login.url.encodedPath() == '/api/v1/token'
        login.headers['Content-Type'].startsWith('application/x-www-form-urlencoded')
        form(login) == [grant_type: 'password', username: 'admin', password: PASSWORD]
        def call = take()
        call.url.encodedPath() == '/api/v1/system/version'
        call.headers['Authorization'] == 'Bearer access-1'
    }

    def "every request, the token request included, announces x-api-version 1.8-rev0"() {
        given:
        server.enqueue(token())
        server.enqueue(ok(page([])))
        server.enqueue(ok(page([])))

        when:
        def c = client()
        c.regions()
        c.tags()

        then:
        3.times { assert take().headers['x-api-version'] == ApiValues.API_VERSION }
    }

    def "a token close to expiry is refreshed with the refresh grant before the next call"() {
        given:
        server.enqueue(token('access-1', 'refresh-1', 3600))
        server.enqueue(ok(page([])))
        server.enqueue(token('access-2', 'refresh-2', 3600))
        server.enqueue(ok(page([])))
        def c = client()

        when:
        c.regions()
        clock.advance(Duration.ofMinutes(56))
        c.regions()

        then:
        take(); take()
        def refresh = take()
        refresh.url.encodedPath() == '/api/v1/token'
        form(refresh) == [grant_type: 'refresh_token', refresh_token: 'refresh-1']
        take().headers['Authorization'] == 'Bearer access-2'
    }

    def "a token with plenty of life left is not refreshed"() {
        given:
        server.enqueue(token('access-1', 'refresh-1', 3600))
        server.enqueue(ok(page([])))
        server.enqueue(ok(page([])))
        def c = client()

        when:
        c.regions()
        clock.advance(Duration.ofMinutes(30))
        c.regions()

        then:
        server.requestCount == 3
    }

    def "a 401 ExpiredToken refreshes the token once and repeats the request"() {
        given:
        server.enqueue(token('access-1', 'refresh-1'))
        server.enqueue(error(401, 'ExpiredToken', 'Unauthorized', 'The access token has expired'))
        server.enqueue(token('access-2', 'refresh-2'))
        server.enqueue(ok(page([[id: 'r1', name: 'us-east-1']])))

        when:
        def regions = client().regions()

        then:
        regions*.name() == ['us-east-1']
        take(); take()
        form(take()).grant_type == 'refresh_token'
        take().headers['Authorization'] == 'Bearer access-2'
    }

    def "a second ExpiredToken after the refresh is an error, not a loop"() {
        given:
        server.enqueue(token())
        server.enqueue(error(401, 'ExpiredToken', 'Unauthorized', 'expired'))
        server.enqueue(token('access-2', 'refresh-2'))
        server.enqueue(error(401, 'ExpiredToken', 'Unauthorized', 'expired'))

        when:
        client().regions()

        then:
        def e = thrown(ApiException)
        e.status() == 401
        e.errorCode() == 'ExpiredToken'
        server.requestCount == 4
    }

    def "a 401 InvalidToken is reported, not retried"() {
        given:
        server.enqueue(token())
        server.enqueue(error(401, 'InvalidToken', 'Unauthorized', 'The token is not valid'))

        when:
        client().regions()

        then:
        def e = thrown(ApiException)
        e.errorCode() == 'InvalidToken'
        server.requestCount == 2
    }

    def "a refused refresh token falls back to a new password login"() {
        given:
        server.enqueue(token('access-1', 'refresh-1', 600))
        server.enqueue(ok(page([])))
        server.enqueue(error(400, 'InvalidToken', 'Bad Request', 'refresh token expired'))
        server.enqueue(token('access-3', 'refresh-3', 600))
        server.enqueue(ok(page([])))
        def c = client()

        when:
        c.regions()
        clock.advance(Duration.ofMinutes(9))
        c.regions()

        then:
        take(); take()
        form(take()).grant_type == 'refresh_token'
        form(take()).grant_type == 'password'
        take().headers['Authorization'] == 'Bearer access-3'
    }

    def "an MFA challenge is answered with the code from the credentials' code source"() {
        given:
        server.enqueue(ok([mfa_enabled: true, mfa_token: 'mfa-challenge-7']))
        server.enqueue(token('access-mfa'))
        server.enqueue(ok([version: '9']))
        def asked = []
        def creds = new Credentials('admin', Secret.of(PASSWORD), { String user -> asked << user; '123456' } as MfaCodeSource)
        def c = ApplianceClient.create(new ClientConfig(server.url('/').uri(), creds, null, null, 200, null, null, null, clock))

        when:
        c.systemVersion()

        then:
        asked == ['admin']
        form(take()).grant_type == 'password'
        form(take()) == [grant_type: 'mfa', mfa_token: 'mfa-challenge-7', mfa_code: '123456']
        take().headers['Authorization'] == 'Bearer access-mfa'
    }

    def "an MFA challenge without a code source says how to supply one"() {
        given:
        server.enqueue(ok([mfa_enabled: true, mfa_token: 'mfa-challenge-7']))

        when:
        client().systemVersion()

        then:
        def e = thrown(ApiException)
        e.message.contains('MFA')
        e.message.contains('admin')
    }

    def "logout deletes the token with the bearer header"() {
        given:
        server.enqueue(token('access-1'))
        server.enqueue(ok([version: '9']))
        server.enqueue(noContent())
        def c = client()

        when:
        c.systemVersion()
        c.logout()

        then:
        take(); take()
        def out = take()
        out.method == 'DELETE'
        out.url.encodedPath() == '/api/v1/token'
        out.headers['Authorization'] == 'Bearer access-1'
    }

    def "close logs out a session that was opened, and sends nothing when none was"() {
        given:
        server.enqueue(token('access-1'))
        server.enqueue(ok([version: '9']))
        server.enqueue(noContent())

        when:
        def used = client()
        used.systemVersion()
        used.close()
        client().close()

        then:
        server.requestCount == 3
        take(); take()
        take().method == 'DELETE'
    }

    def "a wrong password is reported with the appliance's words and never shows the password"() {
        given:
        server.enqueue(error(401, 'AccessDenied', 'Unauthorized', 'Invalid user name or password'))

        when:
        client().regions()

        then:
        def e = thrown(ApiException)
        e.message.contains('Invalid user name or password')
        e.message.contains('POST /token')
        !e.message.contains(PASSWORD)
    }

    def "neither the password nor any token appears in debug lines, messages or toString"() {
        given:
        server.enqueue(token('secret-access-token', 'secret-refresh-token'))
        server.enqueue(error(500, 'UnknownError', 'Internal Server Error', 'boom'))
        def c = client()

        when:
        c.regions()

        then:
        def e = thrown(ApiException)
        def everything = (debugLines + [e.message, e.toString(), c.toString(), config().toString(),
                                        config().credentials().toString()]).join('\n')
        !everything.contains(PASSWORD)
        !everything.contains('secret-access-token')
        !everything.contains('secret-refresh-token')
        debugLines.any { it.contains('/cloudInfrastructure/regions') && it.contains('500') }
    }
}
