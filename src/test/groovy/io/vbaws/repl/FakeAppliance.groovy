package io.vbaws.repl

import groovy.json.JsonOutput
import io.vbaws.api.ApplianceClient
import io.vbaws.api.ClientConfig
import io.vbaws.api.Credentials
import io.vbaws.api.RetryPolicy
import mockwebserver3.Dispatcher
import mockwebserver3.MockResponse
import mockwebserver3.MockWebServer
import mockwebserver3.RecordedRequest

import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger

/**
 * A small stand-in for the appliance's SLA endpoints on a MockWebServer, with a fixed estate:
 * three policies, two instances named web-01 (us-east-1 and eu-west-1), 14 daily periods. It
 * counts requests per path, so specs can see what was fetched and when.
 */
class FakeAppliance implements Closeable {
    static final String P_LEGACY = '11111111-0000-4000-8000-000000000001'
    static final String P_FINANCE = '11111111-0000-4000-8000-000000000002'
    static final String P_SANDBOX = '11111111-0000-4000-8000-000000000003'
    static final String T_GOLD = '22222222-0000-4000-8000-000000000001'
    static final String T_SILVER = '22222222-0000-4000-8000-000000000002'
    static final String R_USE1 = '33333333-0000-4000-8000-000000000001'
    static final String R_EUW1 = '33333333-0000-4000-8000-000000000002'

    final MockWebServer server = new MockWebServer()
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>()
    final List<RecordedRequest> requests = Collections.synchronizedList([])
    /** Delay added to slaInstances answers, for cancellation specs. */
    volatile long slowInstancesMillis = 0
    /** When set, slaInstances answers wait for it (at most slowInstancesMillis), so a spec sees a query still held. */
    volatile java.util.concurrent.CountDownLatch holdInstances
    /** When set, slaReport answers the row of another policy only (as a collection endpoint may). */
    volatile boolean slaReportOfAnotherPolicy

    List<Map> policies = [
        [id: P_LEGACY, name: 'legacy-nightly', priority: 1, isEnabled: true, slaTemplateId: T_GOLD, usn: 5],
        [id: P_FINANCE, name: 'finance-db', priority: 2, isEnabled: true, slaTemplateId: T_SILVER, usn: 3],
        [id: P_SANDBOX, name: 'sandbox-weekly', priority: 3, isEnabled: false, slaTemplateId: T_SILVER, usn: 1],
    ]
    List<Map> templates = [[id: T_GOLD, name: 'gold', targetSla: 99.0], [id: T_SILVER, name: 'silver', targetSla: 97.0]]
    List<Map> vms = [
        vm('44444444-0000-4000-8000-000000000001', 'web-01', 'i-0aaa00000000001', R_USE1, 'us-east-1'),
        vm('44444444-0000-4000-8000-000000000002', 'web-01', 'i-0aaa00000000002', R_EUW1, 'eu-west-1'),
        vm('44444444-0000-4000-8000-000000000003', 'db-01', 'i-0aaa00000000003', R_USE1, 'us-east-1'),
        vm('44444444-0000-4000-8000-000000000004', 'app-01', 'i-0aaa00000000004', R_USE1, 'us-east-1'),
    ]
    /** slaInstances rows per policy: [vm index, successful, missed]. */
    Map<String, List<List<Integer>>> sla = [
        (P_LEGACY): [[0, 56, 0], [1, 50, 6], [2, 52, 4]],
        (P_FINANCE): [[2, 14, 0], [3, 13, 1]],
        (P_SANDBOX): [],
    ]

    static Map vm(String id, String name, String aws, String regionId, String region) {
        [id: id, name: name, awsResourceId: aws, instanceType: 't3.micro', region: [id: regionId, name: region],
         resourceAwsAccountId: '111111111111', policiesCount: 1, backupState: 'Protected', isDeleted: false]
    }

    FakeAppliance start() {
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) { answer(r) }
        }
        server.start(0)
        this
    }

    ApplianceClient client() {
        ApplianceClient.create(ClientConfig.of(server.url('/').uri(), Credentials.of('admin', 'fake-pass-123'))
                .withRetries(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)))
                .withTimeout(Duration.ofSeconds(10)))
    }

    int hitCount(String pathPart) {
        hits.findAll { k, v -> k.contains(pathPart) }.values().sum { it.get() } ?: 0
    }

    void close() { server.close() }

    private MockResponse answer(RecordedRequest r) {
        String path = r.url.encodedPath().replaceFirst('^/api/v1', '')
        requests << r
        hits.computeIfAbsent(r.method + ' ' + path) { new AtomicInteger() }.incrementAndGet()
        def q = { String name -> r.url.queryParameterValues(name).findAll { it != null } }
        if (path == '/token') {
            return ok([access_token: 'a-token', token_type: 'bearer', refresh_token: 'r-token', expires_in: 3600])
        }
        if (r.method == 'DELETE') return new MockResponse.Builder().code(204).build()
        switch (path) {
            case '/policy/ec2SlaBasedPolicies': return ok(page(policies) + [offset: 0, limit: -1])
            case '/policyTemplates/slaTemplates': return ok(page(templates))
            case '/policyTemplates/storageTemplates': return ok(page([[id: 's1', name: 's3-90d'], [id: 's2', name: 'glacier-archive']]))
            case '/cloudInfrastructure/regions': return ok(page([[id: R_USE1, name: 'us-east-1'], [id: R_EUW1, name: 'eu-west-1']]))
            case '/virtualMachines':
                def rows = vms
                if (q('RegionId')) rows = rows.findAll { it.region.id == q('RegionId')[0] }
                if (q('SearchPattern')) rows = rows.findAll { it.name.contains(q('SearchPattern')[0]) }
                return ok(page(rows))
        }
        def vmMatch = path =~ '^/virtualMachines/([^/]+)$'
        if (vmMatch) {
            def v = vms.find { it.id == vmMatch[0][1] }
            return v ? ok(v) : error(404, 'NotFound', 'Not Found', "no instance ${vmMatch[0][1]}")
        }
        def logMatch = path =~ '^/policy/ec2SlaBasedPolicies/slaSessions/([^/]+)/slaSessionLogs$'
        if (logMatch) {
            return ok(page([[sessionLogName: 'Creating snapshot', status: 'Success', startTime: [sessionTimestampUtc: '2026-11-01T02:00:00Z']],
                            [sessionLogName: 'Snapshot failed: InsufficientInstanceCapacity', status: 'Error', startTime: [sessionTimestampUtc: '2026-11-01T02:01:00Z']]]))
        }
        def m = path =~ '^/policy/ec2SlaBasedPolicies/([^/]+)(?:/([^/]+))?(?:/([^/]+))?$'
        if (!m) return error(404, 'NotFound', 'Not Found', path)
        String id = m[0][1]
        String what = m[0][2]
        Map p = policies.find { it.id == id }
        if (p == null) return error(404, 'NotFound', 'Not Found', "There is no policy with ID ${id}")
        List<Map> rows = (sla[id] ?: []).collect { e ->
            def (int vi, int ok, int missed) = e
            int planned = ok + missed
            [instanceId: vms[vi].id, instanceName: vms[vi].name, achievedSlaPercent: planned ? 100.0d * ok / planned : 0d,
             planned: planned, successful: ok, missed: missed]
        }
        double target = templates.find { it.id == p.slaTemplateId }.targetSla
        rows.each { it.status = it.achievedSlaPercent >= target ? 'MetSla' : 'MissedSla' }
        switch (what) {
            case null: return ok(p)
            case 'slaReport':
                double avg = rows ? rows.sum { it.achievedSlaPercent } / rows.size() : 0
                def fig = { pct -> [status: pct >= target ? 'MetSla' : 'MissedSla', achievedSlaPercent: pct] }
                if (slaReportOfAnotherPolicy) {
                    Map other = policies.find { it.id != id }
                    return ok(page([[id: other.id, name: other.name, priority: other.priority, isEnabled: other.isEnabled,
                                     snapshotSlaReport: fig(12.5), backupSlaReport: fig(12.5)]]))
                }
                return ok(page([[id: id, name: p.name, priority: p.priority, isEnabled: p.isEnabled,
                                 snapshotSlaReport: fig(avg), replicaSlaReport: [status: 'NotCalculated', achievedSlaPercent: 0],
                                 backupSlaReport: fig(avg), archiveSlaReport: [status: 'NotCalculated', achievedSlaPercent: 0]]]))
            case 'slaResults':
                def periods = (1..14).collect { d ->
                    double pct = id == P_LEGACY ? (d % 5 == 0 ? 95.5 : 99.5) : 100.0
                    String day = String.format('2026-10-%02d', d)
                    [from: day + 'T00:00:00Z', to: day + 'T23:59:59Z', achievedSlaPercent: pct, processedObjects: rows.size(),
                     status: pct >= target ? 'MetSla' : 'MissedSla']
                }
                def st = q('ec2SlaFilterSessionStatus')
                if (st && !st.contains('All')) periods = periods.findAll { it.status in st }
                return ok(page(periods))
            case 'slaInstances':
                if (!q('dateFrom') || !q('dateTo')) return error(400, 'UnknownError', 'Bad Request', 'dateFrom and dateTo are required')
                if (holdInstances) holdInstances.await(slowInstancesMillis, java.util.concurrent.TimeUnit.MILLISECONDS)
                else if (slowInstancesMillis) Thread.sleep(slowInstancesMillis)
                def st = q('slaComplianceStatus')
                if (st && !st.contains('All')) rows = rows.findAll { it.status in st }
                if (q('searchPattern')) rows = rows.findAll { it.instanceName.contains(q('searchPattern')[0]) }
                return ok([statistics: [metTargetSla: rows.count { it.status == 'MetSla' }, missedTargetSla: rows.count { it.status == 'MissedSla' }, removed: 0],
                           results: rows, totalCount: rows.size()])
            case 'slaSessions':
                String instanceId = m[0][3]
                if (!rows.any { it.instanceId == instanceId }) return error(404, 'NotFound', 'Not Found', "no instance ${instanceId} in policy")
                return ok(page((1..4).collect { n ->
                    [sessionId: "55555555-0000-4000-8000-00000000000${n}", status: n == 3 ? 'Failed' : 'Success',
                     startTime: [sessionTimestampUtc: "2026-10-0${n}T02:00:00Z", resourceTimezone: [name: 'America/New_York', timezoneOffset: '-05:00']]]
                }))
            case 'protectedResources':
                return ok(page(rows.collect { [id: it.instanceId, awsResourceId: vms.find { v -> v.id == it.instanceId }.awsResourceId,
                                               virtualMachine: [rel: 'virtualMachine', href: "/api/v1/virtualMachines/${it.instanceId}", method: 'GET']] }))
            case 'excludedItems':
                return ok(page([[name: 'web-canary', virtualMachine: [rel: 'virtualMachine', href: '/api/v1/virtualMachines/abc-123', method: 'GET']],
                                [name: 'backup=skip', tag: [rel: 'tag', href: '/api/v1/cloudInfrastructure/tags/tag-9', method: 'GET']]]))
            case 'regions':
                return ok(page([[id: R_USE1, name: 'us-east-1', optInStatus: 'OptInNotRequired']]))
            case 'cost':
                def costs = rows.collect { [instanceId: it.instanceId, instanceName: it.instanceName, snapshotCost: 1.25, replicaCost: 0,
                                            backupCost: 2.5, backupCopyCost: 0, trafficCost: 0.1, transactionCost: 0.05, totalCost: 3.9] }
                return ok([instancesCosts: costs, isEmpty: costs.isEmpty(), totalSnapshotCost: 1.25 * costs.size(),
                           totalBackupCost: 2.5 * costs.size(), totalCost: 3.9 * costs.size()])
        }
        error(404, 'NotFound', 'Not Found', path)
    }

    static Map page(List rows) { [totalCount: rows.size(), results: rows] }

    static MockResponse ok(Object body) {
        new MockResponse.Builder().code(200).setHeader('Content-Type', 'application/json').body(JsonOutput.toJson(body)).build()
    }

    static MockResponse error(int code, String errorCode, String title, String details) {
        new MockResponse.Builder().code(code).setHeader('Content-Type', 'application/json')
                .body(JsonOutput.toJson([title: title, status: code, errorCode: errorCode, details: details])).build()
    }
}
