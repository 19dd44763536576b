package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path
import java.time.Instant

/** The appliance's auth: token grants, bearer checks, the API version header, and the read-only viewer. */
class TokenFlowSpec extends Specification {
    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir).withStartInstant(Instant.parse('2026-03-15T12:00:00Z'))
                .withAdminPassword('s3cret-admin').withViewerPassword('s3cret-viewer'))
    }

    def setup() {
        sim.faults().clear()
    }

    def "the password grant answers an access token, a refresh token, their lifetime and the user's role"() {
        when:
        def http = new ApplianceHttp(sim.baseUri())
        def reply = http.login('admin', 's3cret-admin')

        then:
        reply.status == 200
        with(reply.json) {
            access_token.length() > 20
            refresh_token.length() > 20
            access_token != refresh_token
            token_type == 'bearer'
            expires_in == 3600
            Instant.parse(it['.expires']) == Instant.parse(it['.issued']).plusSeconds(3600)
            username == 'admin'
            roleName == 'Administrator'
            mfa_enabled == false
        }
        http.get('/system/version').status == 200
    }

    def "a wrong password is 401 AccessDenied and the answer never repeats the password"() {
        when:
        def reply = new ApplianceHttp(sim.baseUri()).login('admin', 'not-the-password')

        then:
        reply.status == 401
        reply.json.errorCode == 'AccessDenied'
        !reply.text.contains('not-the-password')
        !reply.text.contains('s3cret-admin')
    }

    def "an unknown grant type or a missing field is a 400"() {
        def http = new ApplianceHttp(sim.baseUri())

        expect:
        http.form('/token', fields).status == 400
        http.form('/token', fields).json.details.contains(mentions)

        where:
        fields                                      | mentions
        [grant_type: 'client_credentials']          | 'grant_type'
        [username: 'admin', password: 'x']          | 'grant_type is required'
        [grant_type: 'password', username: 'admin'] | 'password is required'
    }

    def "a request without a token is 401 InvalidToken with a Bearer challenge"() {
        when:
        def reply = new ApplianceHttp(sim.baseUri()).get('/policy/ec2SlaBasedPolicies')

        then:
        reply.status == 401
        reply.json.errorCode == 'InvalidToken'
        reply.json.details.contains('Authorization header is missing')
        reply.header('WWW-Authenticate') == 'Bearer'
    }

    def "an unknown token is 401 InvalidToken"() {
        def http = new ApplianceHttp(sim.baseUri())
        http.token = 'made-up-token'

        when:
        def reply = http.get('/cloudInfrastructure/regions')

        then:
        reply.status == 401
        reply.json.errorCode == 'InvalidToken'
    }

    def "an expired token is 401 ExpiredToken, and the refresh grant gives a working one"() {
        given: 'tokens that expire at once'
        sim.faults().configure('tokenTtl=0s')
        def http = ApplianceHttp.loggedIn(sim, 'admin', 's3cret-admin')

        when:
        def expired = http.get('/cloudInfrastructure/regions')

        then:
        expired.status == 401
        expired.json.errorCode == 'ExpiredToken'

        when:
        sim.faults().configure(null)
        def refreshed = http.form('/token', [grant_type: 'refresh_token', refresh_token: http.refreshToken])
        http.token = refreshed.json.access_token

        then:
        refreshed.status == 200
        refreshed.json.refresh_token != http.refreshToken
        http.get('/cloudInfrastructure/regions').status == 200
    }

    def "tokenTtl sets the lifetime the token answer announces"() {
        given:
        sim.faults().configure('tokenTtl=30s')

        expect:
        new ApplianceHttp(sim.baseUri()).login('admin', 's3cret-admin').json.expires_in == 30
    }

    def "a refresh token works once: the grant rotates it"() {
        def http = ApplianceHttp.loggedIn(sim, 'admin', 's3cret-admin')
        def first = http.refreshToken

        when:
        def once = http.form('/token', [grant_type: 'refresh_token', refresh_token: first])
        def twice = http.form('/token', [grant_type: 'refresh_token', refresh_token: first])

        then:
        once.status == 200
        twice.status == 401
        twice.json.errorCode == 'InvalidToken'
    }

    def "logging out answers 204, and the token and its refresh token stop working"() {
        def http = ApplianceHttp.loggedIn(sim, 'admin', 's3cret-admin')
        def refresh = http.refreshToken

        when:
        def logout = http.delete('/token')

        then:
        logout.status == 204
        http.get('/system/version').json.errorCode == 'InvalidToken'
        http.form('/token', [grant_type: 'refresh_token', refresh_token: refresh]).status == 401
    }

    def "the MFA user gets an MFA challenge, and the documented code completes it"() {
        def http = new ApplianceHttp(sim.baseUri())

        when:
        def challenge = http.login(SimulatedAppliance.MFA_ADMIN, 's3cret-admin')

        then:
        challenge.status == 200
        challenge.json.mfa_enabled == true
        challenge.json.mfa_token
        !challenge.json.access_token

        when:
        def wrong = http.form('/token', [grant_type: 'mfa', mfa_token: challenge.json.mfa_token, mfa_code: '000000'])
        def right = http.form('/token', [grant_type: 'mfa', mfa_token: challenge.json.mfa_token, mfa_code: SimulatedAppliance.MFA_CODE])

        then:
        wrong.status == 401
        right.status == 200
        right.json.access_token
        right.json.username == SimulatedAppliance.MFA_ADMIN
    }

    def "a missing x-api-version is 400 UnexpectedContent, an unsupported one 400 NotImplemented, the token request included"() {
        def http = ApplianceHttp.loggedIn(sim, 'admin', 's3cret-admin')

        when:
        def missing = http.get('/system/version', [:], ['x-api-version': null])
        def old = http.get('/system/version', [:], ['x-api-version': '1.0-rev0'])
        def token = http.form('/token', [grant_type: 'password', username: 'admin', password: 's3cret-admin'], ['x-api-version': null])

        then:
        missing.status == 400
        missing.json.errorCode == 'UnexpectedContent'
        missing.json.details.contains('x-api-version header is missing')
        old.status == 400
        old.json.errorCode == 'NotImplemented'
        old.json.details.contains("'1.0-rev0' is not supported")
        token.status == 400
    }

    def "the viewer reads, estimates cost, exports and browses keys, but every change is 403 AccessDenied"() {
        def viewer = ApplianceHttp.loggedIn(sim, 'viewer', 's3cret-viewer')
        def admin = ApplianceHttp.loggedIn(sim, 'admin', 's3cret-admin')
        def legacy = admin.policyNamed('legacy-nightly')

        expect:
        viewer.get('/policy/ec2SlaBasedPolicies').status == 200
        viewer.post('/policy/ec2SlaBasedPolicies/cost', admin.policyBody('estimate-only')).status == 200
        viewer.post('/policy/ec2SlaBasedPolicies/export', null, [Accept: 'text/csv']).status == 200
        viewer.post('/amazonConnections', [AmazonAccountId: admin.accountId('dr-role'), RegionId: admin.regionId('us-west-2')]).status == 201

        and:
        [viewer.post('/policy/ec2SlaBasedPolicies', admin.policyBody('viewer-made')),
         viewer.put("/policy/ec2SlaBasedPolicies/$legacy.id", admin.policyBody('legacy-nightly')),
         viewer.delete("/policy/ec2SlaBasedPolicies/$legacy.id"),
         viewer.post("/policy/ec2SlaBasedPolicies/$legacy.id/disable"),
         viewer.post("/policy/ec2SlaBasedPolicies/$legacy.id/enable"),
         viewer.post('/policy/ec2SlaBasedPolicies/orderPriorities', [priorities: [[policyId: legacy.id, priority: 1]]])
        ].every { it.status == 403 && it.json.errorCode == 'AccessDenied' }

        and: 'nothing changed'
        admin.policyNamed('legacy-nightly').usn == legacy.usn
        admin.policyNamed('viewer-made') == null
    }

    def "an unknown path is 404 InvalidURI and a known path with the wrong method 405 MethodNotAllowed"() {
        def http = ApplianceHttp.loggedIn(sim, 'admin', 's3cret-admin')

        when:
        def unknown = http.get('/policy/nothingHere/atAll')
        def wrongMethod = http.send('PATCH', '/policy/ec2SlaBasedPolicies', [:], null, [:])

        then:
        unknown.status == 404
        unknown.json.errorCode == 'InvalidURI'
        wrongMethod.status == 405
        wrongMethod.json.errorCode == 'MethodNotAllowed'
        wrongMethod.header('Allow').contains('GET')
    }
}
