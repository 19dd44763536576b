package io.vbaws.api

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import mockwebserver3.MockResponse
import mockwebserver3.MockWebServer
import mockwebserver3.RecordedRequest
import spock.lang.Specification

import java.time.Duration

/** Base of the client specs: a MockWebServer standing in for the appliance, and a client aimed at it. */
abstract class MockApplianceSpec extends Specification {
    static final String PASSWORD = 'pa55-w0rd-for-tests'

    MockWebServer server = new MockWebServer()
    MutableClock clock = new MutableClock()
    List<String> debugLines = Collections.synchronizedList([])

    def setup() { server.start(0) }

    def cleanup() { server.close() }

    ClientConfig config(Map opts = [:]) {
        def c = ClientConfig.of(server.url('/').uri(), Credentials.of('admin', PASSWORD))
                .withClock(clock)
                .withRetries(new RetryPolicy(opts.attempts ?: 4, Duration.ofMillis(1), Duration.ofMillis(5)))
                .withDebugLog({ String line -> debugLines << line })
                .withTimeout(Duration.ofSeconds(5))
        if (opts.pageSize) c = c.withPageSize(opts.pageSize as int)
        c
    }

    ApplianceClient client(Map opts = [:]) { ApplianceClient.create(config(opts)) }

    static MockResponse json(int code, Object body) {
        new MockResponse.Builder().code(code).setHeader('Content-Type', 'application/json')
                .body(body instanceof String ? body : JsonOutput.toJson(body)).build()
    }

    static MockResponse ok(Object body) { json(200, body) }

    static MockResponse noContent() { new MockResponse.Builder().code(204).build() }

    static MockResponse token(String access = 'access-1', String refresh = 'refresh-1', long expiresIn = 3600) {
        ok([access_token: access, token_type: 'bearer', refresh_token: refresh, expires_in: expiresIn,
            username: 'admin', roleName: 'Administrator', mfa_enabled: false])
    }

    static MockResponse error(int code, String errorCode, String title, String details) {
        json(code, [title: title, status: code, errorCode: errorCode, details: details])
    }

    static Map page(List results, Integer total = null) {
        [totalCount: total == null ? results.size() : total, results: results]
    }

    RecordedRequest take() { server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS) }

    static Map form(RecordedRequest r) {
        r.body.utf8().split('&').collectEntries { kv ->
            def (k, v) = kv.split('=', 2) as List
            [(URLDecoder.decode(k, 'UTF-8')): URLDecoder.decode(v ?: '', 'UTF-8')]
        }
    }

    static Object bodyJson(RecordedRequest r) { new JsonSlurper().parseText(r.body.utf8()) }
}
