package io.vbaws.cli

import groovy.json.JsonOutput
import mockwebserver3.Dispatcher
import mockwebserver3.MockResponse
import mockwebserver3.MockWebServer
import mockwebserver3.RecordedRequest
import mockwebserver3.SocketEffect
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.atomic.AtomicInteger

/**
 * plan, repl -e and export against a fake appliance that answers exactly the wrong thing, or
 * nothing at all: each fails with one clear line naming the request, and no file is lost
 * (issue 13.1 to 13.4, 11.6).
 */
class BadApplianceEndToEndSpec extends Specification {

    @TempDir Path dir
    MockWebServer server = new MockWebServer()
    AtomicInteger tokenPosts = new AtomicInteger()

    def setup() { server.start(0) }

    def cleanup() { server.close() }

    static MockResponse ok(Object body) {
        new MockResponse.Builder().code(200).setHeader('Content-Type', 'application/json')
                .body(body instanceof String ? body : JsonOutput.toJson(body)).build()
    }

    static final MockResponse TOKEN = ok([access_token: 'a', token_type: 'bearer', refresh_token: 'r', expires_in: 3600,
                                          username: 'admin', roleName: 'Administrator'])

    /** A fake that logs in and answers every other request with {@code answer}. */
    void serve(Closure<MockResponse> answer) {
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') {
                    tokenPosts.incrementAndGet()
                    return r.method == 'DELETE' ? new MockResponse.Builder().code(204).build() : answer.call(r) ?: TOKEN
                }
                answer.call(r)
            }
        }
    }

    Map run(String... args) {
        def out = new StringWriter()
        def err = new StringWriter()
        def env = [VBAWS_URL: server.url('/').toString(), VBAWS_USERNAME: 'admin', VBAWS_PASSWORD: 'wrong-or-right',
                   VBAWS_HOME: dir.resolve('home').toString()]
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new CliEnvironment(env, InputStream.nullInputStream()))
        [code: code, out: out.toString(), err: err.toString()]
    }

    Path script() {
        def file = dir.resolve('policies.groovy')
        Files.writeString(file, '''slaPolicy "gold-web" {
    account "backup-prod"
    regions "us-east-1"
    template "gold"
}
''')
        file
    }

    static final Map<String, Closure<MockResponse>> BAD = [
            'an empty body'     : { RecordedRequest r -> r.url.encodedPath() == '/api/v1/token' ? null : new MockResponse.Builder().code(200).build() },
            'results null'      : { RecordedRequest r -> r.url.encodedPath() == '/api/v1/token' ? null : ok([totalCount: 0, results: null]) },
            'a wrong totalCount': { RecordedRequest r -> r.url.encodedPath() == '/api/v1/token' ? null : ok([totalCount: 7, results: []]) },
    ]

    static final Map<String, String> SAYS = [
            'an empty body'     : "the appliance's answer is empty (no collection in it)",
            'results null'      : "the appliance's answer has no results list",
            'a wrong totalCount': 'the appliance says totalCount 7 but sent 0 items',
    ]

    def "plan against #bad fails with one line naming the request, not '1 to add'"() {
        given:
        serve(BAD[bad])

        when:
        def r = run('plan', script().toString())

        then:
        r.code == 1
        !r.out.contains('to add')
        def lines = r.err.readLines().findAll { it.startsWith('vbaws: ') }
        lines.size() == 1
        lines[0] ==~ /vbaws: GET \/api\/v1\/\S+: \Q${SAYS[bad]}\E/

        where:
        bad << BAD.keySet()
    }

    def "repl -e 'policies()' against #bad fails clearly instead of answering 0 policies"() {
        given:
        serve(BAD[bad])

        when:
        def r = run('repl', '-e', 'policies()')

        then:
        r.code == 1
        !(r.out + r.err).contains('0 policies')
        (r.out + r.err).contains("GET /api/v1/policy/ec2SlaBasedPolicies: ${SAYS[bad]}")

        where:
        bad << BAD.keySet()
    }

    def "export over an existing file against #bad fails and leaves the file as it was"() {
        given:
        serve(BAD[bad])
        def existing = dir.resolve('existing.groovy')
        def before = (1..3).collect { "slaPolicy \"p$it\" {\n    account \"a\"\n    regions \"us-east-1\"\n    template \"gold\"\n}\n" }.join('\n')
        Files.writeString(existing, before)

        when:
        def r = run('export', '-o', existing.toString())

        then:
        r.code == 1
        r.err.contains("GET /api/v1/policy/ec2SlaBasedPolicies: ${SAYS[bad]}")
        Files.readString(existing) == before

        where:
        bad << BAD.keySet()
    }

    def "export never replaces a file with fewer policies without --force, and says how many it would drop"() {
        given: 'an appliance with no policies, and a file that holds three'
        serve { RecordedRequest r -> r.url.encodedPath() == '/api/v1/token' ? null : ok([totalCount: 0, results: []]) }
        def existing = dir.resolve('existing.groovy')
        def before = (1..3).collect { "slaPolicy \"p$it\" {\n}\n" }.join('\n')
        Files.writeString(existing, before)

        when:
        def refused = run('export', '-o', existing.toString())

        then:
        refused.code == 1
        refused.err.contains("not replacing $existing: it holds 3 policies and this export 0, so 3 policies would be dropped; pass --force")
        Files.readString(existing) == before

        when:
        def forced = run('export', '-o', existing.toString(), '--force')

        then:
        forced.code == 0
        !Files.readString(existing).contains('slaPolicy')
    }

    def "plan against an appliance that never answers ends within --timeout with one line"() {
        given:
        serve { RecordedRequest r -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build() }

        when:
        def r = run('plan', '--timeout', '1s', script().toString())

        then:
        r.code == 1
        r.err.readLines().findAll { it.startsWith('vbaws: ') } ==
                ["vbaws: the appliance did not answer POST /api/v1/token within 1 s, the command's time limit (--timeout)"]
    }

    def "repl -e against a hung request prints the timeout line instead of nothing"() {
        given:
        serve { RecordedRequest r -> r.url.encodedPath() == '/api/v1/token' ? null
                : new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build() }

        when:
        def r = run('repl', '--timeout', '1s', '-e', 'policies()')

        then:
        r.code == 1
        (r.out + r.err).contains("the appliance did not answer GET /api/v1/policy/ec2SlaBasedPolicies within 1 s, " +
                "the command's time limit (--timeout)")
    }

    def "a wrong password is sent once per command"() {
        given:
        serve { RecordedRequest r -> new MockResponse.Builder().code(401).setHeader('Content-Type', 'application/json')
                .body('{"title":"Unauthorized","status":401,"errorCode":"InvalidCredentials"}').build() }

        when:
        def r = run('plan', script().toString())

        then:
        r.code == 1
        tokenPosts.get() == 1
    }

    def "--appliance https:// at a plain-HTTP port fails in seconds: the server does not speak TLS"() {
        given:
        serve { RecordedRequest r -> null }

        when:
        def r = run('plan', '--connect-timeout', '2s', '--appliance', "https://localhost:${server.port}", script().toString())

        then:
        r.code == 1
        r.err.contains("does not speak TLS")
    }

    def "export of a policy without a name fails naming its id, and writes no 'slaPolicy \"\"'"() {
        given:
        serve { RecordedRequest r -> r.url.encodedPath() == '/api/v1/token' ? null
                : ok([totalCount: 1, results: [[id: 'p-7', name: null, usn: 1, regionIds: ['r1']]]]) }

        when:
        def r = run('export')

        then:
        r.code == 1
        !r.out.contains('slaPolicy')
        r.err.readLines() == ['vbaws: GET /api/v1/policy/ec2SlaBasedPolicies: the appliance sent a policy without a name (id p-7)']
    }

    def "a redirect's target from the appliance reaches the terminal escaped"() {
        given:
        serve { RecordedRequest r -> new MockResponse.Builder().code(302)
                .addHeaderLenient('Location', 'https://elsewhere.example/\u001b]0;owned\u0007').build() }

        when:
        def r = run('plan', script().toString())

        then:
        r.code == 1
        !r.err.contains('\u001b')
        r.err.contains('302 to https://elsewhere.example/\\u001b]0;owned\\u0007: vbaws does not follow redirects, by design')
    }
}
