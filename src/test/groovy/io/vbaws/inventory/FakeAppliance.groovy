package io.vbaws.inventory

import com.fasterxml.jackson.databind.ObjectMapper
import io.vbaws.api.model.ApiJson
import mockwebserver3.Dispatcher
import mockwebserver3.MockResponse
import mockwebserver3.MockWebServer
import mockwebserver3.RecordedRequest

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

/**
 * The test estate served over real HTTP with the appliance's paths and token flow, counting every
 * request by method and path, for the loader's and validate --online's specs. Not the simulated
 * appliance: just enough of the inventory endpoints to see what a run fetches.
 */
class FakeAppliance implements Closeable {
    static final String USER = 'admin'
    static final String PASSWORD = 'fake-appliance-password'

    final TestEstate estate
    final MockWebServer server = new MockWebServer()
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>()
    final AtomicInteger inFlight = new AtomicInteger()
    final AtomicInteger mostInFlight = new AtomicInteger()
    /** Called with the method and path (without /api/v1) of each request before it is answered. */
    volatile Closure onArrival = { String method, String path -> }
    private final ObjectMapper mapper = ApiJson.newMapper()

    FakeAppliance(TestEstate estate = new TestEstate()) {
        this.estate = estate
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest request) {
                int now = inFlight.incrementAndGet()
                mostInFlight.accumulateAndGet(now, Math::max)
                try {
                    onArrival(request.method, request.url.encodedPath() - '/api/v1')
                    Thread.sleep(20) // long enough for concurrent requests to overlap
                    return answer(request)
                } finally {
                    inFlight.decrementAndGet()
                }
            }
        }
        server.start(0)
    }

    String url() { server.url('/').toString() }

    Map<String, String> environment() {
        [VBAWS_URL: url(), VBAWS_USERNAME: USER, VBAWS_PASSWORD: PASSWORD, VBAWS_HOME: File.createTempDir().path]
    }

    /** How many requests asked for {@code method path} (path without /api/v1 and without query). */
    int count(String method, String path) {
        requests.get("$method $path".toString())?.get() ?: 0
    }

    /** Every request path that starts with {@code prefix}, counted. */
    int countStartingWith(String method, String prefix) {
        requests.findAll { k, v -> k.startsWith("$method $prefix") }.values().sum { it.get() } as Integer ?: 0
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.url.encodedPath() - '/api/v1'
        requests.computeIfAbsent("${request.method} $path".toString()) { new AtomicInteger() }.incrementAndGet()
        if (path == '/token') {
            return json([access_token: 'a', token_type: 'bearer', refresh_token: 'r', expires_in: 3600, username: USER])
        }
        switch (path) {
            case '/cloudInfrastructure/regions': return page(estate.regions)
            case '/cloudInfrastructure/tags': return page(estate.tags)
            case '/accounts/amazon': return page(estate.accounts)
            case '/organizations/amazon': return page(estate.organizations)
            case '/policyTemplates/slaTemplates': return page(estate.slaTemplates)
            case '/policyTemplates/storageTemplates': return page(estate.storageTemplates)
            case '/virtualMachines':
                String regionId = request.url.queryParameter('RegionId')
                return page(estate.virtualMachines.findAll { regionId == null || it.region().id() == regionId })
            case ~'/virtualMachines/[^/]+/volumes':
                return page(estate.volumes[path.split('/')[2]] ?: [])
            case '/amazonConnections':
                Map body = mapper.readValue(request.body.utf8(), Map)
                return json([id: "${body.AmazonAccountId}~${body.RegionId}".toString()], 201)
            case ~'/amazonConnections/[^/]+/cloudEncryptionKeys':
                def (account, region) = URLDecoder.decode(path.split('/')[2], 'UTF-8').split('~')
                return page(estate.encryptionKeys(account, region))
        }
        json([title: 'Not Found', status: 404, errorCode: 'NotFound', details: path], 404)
    }

    private MockResponse page(List results) {
        json([totalCount: results.size(), results: results])
    }

    private MockResponse json(Object body, int code = 200) {
        new MockResponse.Builder().code(code).setHeader('Content-Type', 'application/json')
                .body(mapper.writeValueAsString(body)).build()
    }

    @Override
    void close() {
        server.close()
    }
}
