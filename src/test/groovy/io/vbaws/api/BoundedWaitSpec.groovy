package io.vbaws.api

import mockwebserver3.Dispatcher
import mockwebserver3.MockResponse
import mockwebserver3.RecordedRequest
import mockwebserver3.SocketEffect

import java.time.Duration
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/** Every wait is bounded and ends in one line that says what did not answer and for how long (issue 13.3, 13.6, 11.6). */
class BoundedWaitSpec extends MockApplianceSpec {

    static MockResponse silent() {
        new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build()
    }

    ApplianceClient client(Timeouts timeouts, int attempts = 4) {
        ApplianceClient.create(config(attempts: attempts).withTimeouts(timeouts))
    }

    def "a token endpoint that never answers ends with the read timeout, after the retries"() {
        given:
        4.times { server.enqueue(silent()) }

        when:
        client(new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(150), null)).allPolicies()

        then:
        def e = thrown(ApiException)
        e.message.startsWith('the appliance did not answer POST /api/v1/token within 150 ms (--read-timeout); tried 4 times over ')
    }

    def "the whole-command limit ends a hung request, however long the read timeout"() {
        given:
        server.enqueue(token())
        server.enqueue(silent())

        when:
        client(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMillis(400))).allPolicies()

        then:
        def e = thrown(ApiException)
        e.message == 'the appliance did not answer GET /api/v1/policy/ec2SlaBasedPolicies within 400 ms, ' +
                "the command's time limit (--timeout)"
    }

    def "retries stop at the whole-command limit instead of waiting past it"() {
        given:
        server.enqueue(token())
        6.times { server.enqueue(json(503, [title: 'busy']).newBuilder().setHeader('Retry-After', '1').build()) }

        when:
        ApplianceClient.create(config(attempts: 6).withRetries(new RetryPolicy(6, Duration.ofMillis(1), Duration.ofSeconds(2)))
                .withTimeouts(new Timeouts(null, null, Duration.ofMillis(1500)))).allPolicies()

        then:
        def e = thrown(ApiException)
        e.status() == 503
        server.requestCount < 1 + 6
    }

    def "a wrong password is sent once, however many requests need a token"() {
        given:
        AtomicInteger tokenPosts = new AtomicInteger()
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') {
                    tokenPosts.incrementAndGet()
                    return error(401, 'InvalidCredentials', 'Unauthorized', 'wrong user name or password')
                }
                ok(page([]))
            }
        }
        def c = client()

        when:
        def threads = (1..4).collect { Thread.start { try { c.regions() } catch (ApiException ignored) { } } }
        threads*.join()
        c.tags()

        then:
        thrown(ApiException)
        tokenPosts.get() == 1
    }

    def "an https URL at a plain-HTTP port fails at once: the server does not speak TLS"() {
        given:
        def url = "https://localhost:${server.port}/"
        def c = ApplianceClient.create(ClientConfig.of(URI.create(url), Credentials.of('admin', PASSWORD))
                .withTimeouts(new Timeouts(Duration.ofMillis(500), Duration.ofSeconds(30), null)))

        when:
        c.allPolicies()

        then:
        def e = thrown(ApiException)
        e.message.startsWith("the server at $url does not speak TLS: POST /api/v1/token got no TLS handshake from it")
    }

    def "an https URL at a port that accepts and then says nothing fails within the connect timeout, not the read timeout"() {
        given: 'a server that takes the connection and never answers the TLS hello'
        def silent = new ServerSocket(0)
        def accepted = []
        def acceptor = Thread.start { try { while (true) { accepted << silent.accept() } } catch (IOException ignored) { } }
        def url = "https://localhost:${silent.localPort}/"
        def c = ApplianceClient.create(ClientConfig.of(URI.create(url), Credentials.of('admin', PASSWORD))
                .withTimeouts(new Timeouts(Duration.ofMillis(300), Duration.ofSeconds(60), null)))

        when:
        c.allPolicies()

        then:
        def e = thrown(ApiException)
        e.message.startsWith("the server at $url does not speak TLS: POST /api/v1/token got no TLS handshake from it (waited up to 300 ms)")

        cleanup:
        silent.close()
        accepted*.close()
        acceptor.join(1000)
    }

    def "a redirect says where it pointed and that vbaws does not follow it"() {
        given:
        server.enqueue(new MockResponse.Builder().code(302).setHeader('Location', 'https://elsewhere.example/api/v1/token').build())

        when:
        client().allPolicies()

        then:
        def e = thrown(ApiException)
        e.message == 'POST /api/v1/token: 302 to https://elsewhere.example/api/v1/token: vbaws does not follow ' +
                'redirects, by design; point --appliance at the address the appliance answers on'
    }

    def "a lost answer to a #method says the change may have landed"() {
        given:
        server.enqueue(token())
        4.times { server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build()) }

        when:
        call(client())

        then:
        def e = thrown(ApiException)
        e.message.endsWith('; the change may have landed; the next plan will show')

        where:
        method   | call
        'PUT'    | { ApplianceClient c -> c.modifyPolicy('p-1', null) }
        'DELETE' | { ApplianceClient c -> c.deletePolicy('p-1') }
    }

    def "an interrupt cancels the request at once and says so"() {
        given:
        server.enqueue(token())
        server.enqueue(silent())
        def c = client(new Timeouts(null, Duration.ofSeconds(60), null))
        def failure = null
        def started = new CountDownLatch(1)
        def worker = Thread.start {
            started.countDown()
            try { c.regions() } catch (ApiException e) { failure = e }
        }
        started.await()
        server.takeRequest(5, TimeUnit.SECONDS)
        server.takeRequest(5, TimeUnit.SECONDS)

        when:
        worker.interrupt()
        worker.join(5_000)

        then:
        !worker.alive
        failure.cause instanceof InterruptedException
    }
}
