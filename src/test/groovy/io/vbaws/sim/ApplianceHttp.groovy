package io.vbaws.sim

import groovy.json.JsonOutput
import groovy.json.JsonSlurper

import javax.net.ssl.SSLContext
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/**
 * A small HTTP client for the sim's specs (java.net.http, no vbaws client): sends API requests
 * with x-api-version and the bearer token, and looks up the named core's IDs.
 */
class ApplianceHttp {
    static final String VERSION = '1.8-rev0'

    /** One answer: status, body text, headers, and the body parsed as JSON. */
    static class Reply {
        int status
        String text
        Map<String, List<String>> headers

        def getJson() {
            text ? new JsonSlurper().parseText(text) : null
        }

        String header(String name) {
            headers.find { it.key.equalsIgnoreCase(name) }?.value?.first()
        }

        String toString() {
            "$status $text"
        }
    }

    final URI base
    final HttpClient client
    String token
    String refreshToken
    private final Map<String, String> ids = [:]

    ApplianceHttp(URI base, SSLContext ssl = null) {
        this.base = base
        def builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        if (ssl != null) {
            builder.sslContext(ssl)
        }
        this.client = builder.build()
    }

    static ApplianceHttp loggedIn(SimulatedAppliance sim, String user = 'admin', String password = SimOptions.DEFAULT_ADMIN_PASSWORD) {
        def http = new ApplianceHttp(sim.baseUri())
        def reply = http.login(user, password)
        assert reply.status == 200: reply.toString()
        http
    }

    Reply login(String user, String password) {
        def reply = form('/token', [grant_type: 'password', username: user, password: password])
        if (reply.status == 200 && reply.json.access_token) {
            token = reply.json.access_token
            refreshToken = reply.json.refresh_token
        }
        reply
    }

    Reply form(String path, Map<String, String> fields, Map<String, String> headers = [:]) {
        String body = fields.collect { k, v -> URLEncoder.encode(k, 'UTF-8') + '=' + URLEncoder.encode(v, 'UTF-8') }.join('&')
        send('POST', path, [:], body, ['Content-Type': 'application/x-www-form-urlencoded', Authorization: null] + headers)
    }

    Reply get(String path, Map query = [:], Map headers = [:]) {
        send('GET', path, query, null, headers)
    }

    Reply post(String path, Object body = null, Map headers = [:]) {
        send('POST', path, [:], body, headers)
    }

    Reply put(String path, Object body, Map headers = [:]) {
        send('PUT', path, [:], body, headers)
    }

    Reply delete(String path, Map headers = [:]) {
        send('DELETE', path, [:], null, headers)
    }

    /** Sends a request; a header given as null is left out (to test its absence). */
    Reply send(String method, String path, Map query, Object body, Map headers) {
        String full = path.startsWith('/sim') || path.startsWith('/api') ? path : '/api/v1' + path
        if (query) {
            full += '?' + query.collectMany { k, v ->
                (v instanceof Collection ? v : [v]).collect { URLEncoder.encode(k as String, 'UTF-8') + '=' + URLEncoder.encode(it as String, 'UTF-8') }
            }.join('&')
        }
        Map<String, String> all = ['x-api-version': VERSION, 'Content-Type': 'application/json']
        if (token) {
            all.Authorization = 'Bearer ' + token
        }
        all.putAll(headers)
        def request = HttpRequest.newBuilder(base.resolve(full)).timeout(Duration.ofSeconds(30))
        all.each { k, v -> if (v != null) request.header(k, v as String) }
        String text = body == null ? null : body instanceof String ? body : JsonOutput.toJson(body)
        request.method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString())
        new Reply(status: response.statusCode(), text: response.body(), headers: response.headers().map())
    }

    /** Every item of a collection (one request with Limit=-1). */
    List all(String path, Map query = [:]) {
        def reply = get(path, query + [Limit: -1])
        assert reply.status == 200: reply.toString()
        reply.json.results
    }

    /** A remembered lookup (not computeIfAbsent: lookups nest, and HashMap refuses nested changes). */
    private String remembered(String key, Closure<String> lookup) {
        String id = ids[key]
        if (id == null) {
            id = lookup()
            ids[key] = id
        }
        id
    }

    String regionId(String code) {
        remembered("region/$code" as String) { all('/cloudInfrastructure/regions').find { it.name == code }.id }
    }

    String tagId(String keyValue) {
        remembered("tag/$keyValue" as String) { all('/cloudInfrastructure/tags').find { "$it.key=$it.value" == keyValue }.id }
    }

    String accountId(String name) {
        remembered("account/$name" as String) { all('/accounts/amazon').find { it.name == name }.id }
    }

    String templateId(String name) {
        remembered("sla/$name" as String) { all('/policyTemplates/slaTemplates').find { it.name == name }.id }
    }

    String storageId(String name) {
        remembered("storage/$name" as String) { all('/policyTemplates/storageTemplates').find { it.name == name }.id }
    }

    String instanceId(String region, String name) {
        remembered("vm/$region/$name" as String) {
            def found = all('/virtualMachines', [RegionId: regionId(region)]).findAll { it.name == name }
            assert found.size() == 1: "$name in $region: $found"
            found[0].id
        }
    }

    Map policyNamed(String name) {
        all('/policy/ec2SlaBasedPolicies').find { it.name == name }
    }

    /** A valid body for a new policy: backup-prod, us-east-1, gold, the instances given by name (all when none). */
    Map policyBody(String name, List<String> instances = [], Map overrides = [:]) {
        Map body = [name: name, identityId: accountId('backup-prod'), regionIds: [regionId('us-east-1')],
                    slaTemplateId: templateId('gold'), storageTemplateId: storageId('s3-90d'),
                    backupType: instances ? 'SelectedItems' : 'AllItems']
        if (instances) {
            body.selectedItems = [virtualMachineIds: instances.collect { instanceId('us-east-1', it) }, tagIds: []]
        }
        body + overrides
    }

    Map create(Map body) {
        def reply = post('/policy/ec2SlaBasedPolicies', body)
        assert reply.status == 200: reply.toString()
        reply.json as Map
    }

    /** slaInstances of a policy over a period, asserting the answer is 200. */
    Map slaInstances(Map policy, java.time.Instant from, java.time.Instant to, Map query = [:]) {
        def reply = get("/policy/ec2SlaBasedPolicies/$policy.id/slaInstances", [dateFrom: from.toString(), dateTo: to.toString()] + query)
        assert reply.status == 200: reply.toString()
        reply.json
    }

    /** The sessions of one instance under a policy over a period, asserting the answer is 200. */
    List slaSessions(Map policy, String instanceId, java.time.Instant from, java.time.Instant to, Map query = [:]) {
        def reply = get("/policy/ec2SlaBasedPolicies/$policy.id/slaSessions/$instanceId", [dateFrom: from.toString(), dateTo: to.toString()] + query)
        assert reply.status == 200: reply.toString()
        reply.json.results
    }

    /** The appliance's clock. */
    java.time.Instant clockNow() {
        java.time.Instant.parse(get('/sim/clock').json.now)
    }
}
