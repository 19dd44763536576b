package io.vbaws.api

import io.vbaws.api.model.PolicyPriority
import io.vbaws.api.model.PriorityOrder
import io.vbaws.api.model.SlaPolicySpec
import mockwebserver3.MockResponse

import java.time.Instant

/** Each operation sends the method, path, query, Accept and body the reference documents, and reads the answer. */
class ApplianceClientOperationsSpec extends MockApplianceSpec {

    static final String P = '/api/v1/policy/ec2SlaBasedPolicies'
    static final Instant FROM = Instant.parse('2026-11-01T00:00:00Z')
    static final Instant TO = Instant.parse('2026-11-08T00:00:00Z')
    static final SlaPolicySpec SPEC = new SlaPolicySpec('prod-web', 'Production web', 'role-1', 'AllItems', null, null,
            ['r-1', 'r-2'], 'st-1', 'sla-1', null, null, null, null, null, null)
    static final Map POLICY = [id: 'p-1', name: 'prod-web', usn: 12, isEnabled: true, priority: 1]
    static final Map COST = [instancesCosts: [[instanceId: 'i-1', instanceName: 'web-01', totalCost: 12.5]], isEmpty: false, totalCost: 12.5]

    def "#name sends #method #path"() {
        given:
        server.enqueue(token())
        server.enqueue(answer instanceof MockResponse ? answer : ok(answer))

        when:
        def result = call.call(client(pageSize: 50))

        then:
        take()
        def r = take()
        r.method == method
        r.url.encodedPath() == path
        query.every { k, v -> r.url.queryParameterValues(k) == (v instanceof List ? v : [v]) }
        r.headers['Accept'] == (accept ?: 'application/json')
        body == null || bodyJson(r) == body
        check.call(result)

        where:
        name                   | method   | path                                  | query                                                                                       | accept            | body                                                      | answer                                                           | call                                                                                                                 | check
        'listPolicies'         | 'GET'    | P                                     | [SearchPattern: 'prod*', VirtualMachineId: 'vm-1', Offset: '10', Limit: '5']                 | null              | null                                                      | [offset: 10, limit: 5, totalCount: 11, results: [POLICY]]        | { it.listPolicies(new PolicyQuery('prod*', 'vm-1', 10, 5)) }                                                         | { it.results()[0].usn() == 12 && it.totalCount() == 11 }
        'allPolicies'          | 'GET'    | P                                     | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([POLICY])                                                   | { it.allPolicies() }                                                                                                 | { it*.name() == ['prod-web'] }
        'createPolicy'         | 'POST'   | P                                     | [:]                                                                                         | null              | [name: 'prod-web', description: 'Production web', identityId: 'role-1', backupType: 'AllItems', regionIds: ['r-1', 'r-2'], storageTemplateId: 'st-1', slaTemplateId: 'sla-1'] | POLICY | { it.createPolicy(SPEC) }                                                            | { it.id() == 'p-1' }
        'getPolicy'            | 'GET'    | "$P/p-1"                              | [:]                                                                                         | null              | null                                                      | POLICY                                                           | { it.getPolicy('p-1') }                                                                                              | { it.isEnabled() }
        'modifyPolicy'         | 'PUT'    | "$P/p-1"                              | [:]                                                                                         | null              | [name: 'prod-web', description: 'Production web', identityId: 'role-1', backupType: 'AllItems', regionIds: ['r-1', 'r-2'], storageTemplateId: 'st-1', slaTemplateId: 'sla-1'] | POLICY | { it.modifyPolicy('p-1', SPEC) }                                                     | { it.usn() == 12 }
        'deletePolicy'         | 'DELETE' | "$P/p-1"                              | [:]                                                                                         | null              | null                                                      | noContent()                                                      | { it.deletePolicy('p-1'); 'done' }                                                                                   | { it == 'done' }
        'slaReport'            | 'GET'    | "$P/p-1/slaReport"                    | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[id: 'p-1', name: 'prod-web', snapshotSlaReport: [status: 'MetSla', achievedSlaPercent: 99.5]]]) | { it.slaReport('p-1') }                                                                          | { it[0].snapshotSlaReport().achievedSlaPercent() == 99.5d }
        'slaReport by pattern' | 'GET'    | "$P/p-1/slaReport"                    | [SearchPattern: 'prod*', Offset: '0', Limit: '50']                                          | null              | null                                                      | page([[id: 'p-1', name: 'prod-web']])                            | { it.slaReport('p-1', 'prod*') }                                                                                     | { it[0].name() == 'prod-web' }
        'excludedItems by pattern' | 'GET' | "$P/p-1/excludedItems"                | [SearchPattern: 'web*', Offset: '0', Limit: '50']                                           | null              | null                                                      | page([[name: 'web-canary']])                                     | { it.excludedItems('p-1', 'web*') }                                                                                  | { it[0].name() == 'web-canary' }
        'excludedItems'        | 'GET'    | "$P/p-1/excludedItems"                | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[name: 'web-canary', virtualMachine: [rel: 'vm', href: '/vm/1', method: 'GET']]]) | { it.excludedItems('p-1') }                                                                     | { it[0].name() == 'web-canary' }
        'protectedResources'   | 'GET'    | "$P/p-1/protectedResources"           | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[id: 'vm-1', awsResourceId: 'i-0abc']])                    | { it.protectedResources('p-1') }                                                                                     | { it[0].awsResourceId() == 'i-0abc' }
        'policyRegions'        | 'GET'    | "$P/p-1/regions"                      | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[id: 'r-1', name: 'us-east-1']])                           | { it.policyRegions('p-1') }                                                                                          | { it[0].name() == 'us-east-1' }
        'enablePolicy'         | 'POST'   | "$P/p-1/enable"                       | [:]                                                                                         | null              | null                                                      | ok([:])                                                          | { it.enablePolicy('p-1'); 'done' }                                                                                   | { it == 'done' }
        'disablePolicy'        | 'POST'   | "$P/p-1/disable"                      | [:]                                                                                         | null              | null                                                      | ok([:])                                                          | { it.disablePolicy('p-1'); 'done' }                                                                                  | { it == 'done' }
        'orderPriorities'      | 'POST'   | "$P/orderPriorities"                  | [:]                                                                                         | null              | [priorities: [[policyId: 'p-2', priority: 1], [policyId: 'p-1', priority: 2]]] | ok([:])                                       | { it.orderPriorities(new PriorityOrder([new PolicyPriority('p-2', 1), new PolicyPriority('p-1', 2)])); 'done' }   | { it == 'done' }
        'exportPolicies CSV'   | 'POST'   | "$P/export"                           | [:]                                                                                         | 'text/csv'        | null                                                      | new MockResponse.Builder().code(200).body('name\nprod-web\n').build() | { it.exportPolicies(ExportFormat.CSV) }                                                                      | { it == 'name\nprod-web\n' }
        'exportPolicies XML'   | 'POST'   | "$P/export"                           | [:]                                                                                         | 'application/xml' | null                                                      | new MockResponse.Builder().code(200).body('<policies/>').build() | { it.exportPolicies(ExportFormat.XML) }                                                                              | { it == '<policies/>' }
        'estimateCost'         | 'POST'   | "$P/cost"                             | [:]                                                                                         | null              | [name: 'prod-web', description: 'Production web', identityId: 'role-1', backupType: 'AllItems', regionIds: ['r-1', 'r-2'], storageTemplateId: 'st-1', slaTemplateId: 'sla-1'] | COST | { it.estimateCost(SPEC) }                                                            | { it.totalCost() == 12.5 }
        'policyCost'           | 'GET'    | "$P/p-1/cost"                         | [:]                                                                                         | null              | null                                                      | COST                                                             | { it.policyCost('p-1') }                                                                                             | { it.instancesCosts()[0].instanceName() == 'web-01' }
        'slaResults'           | 'GET'    | "$P/p-1/slaResults"                   | [ec2SlaFilterSessionStatus: ['MissedSla'], backupType: ['Snapshot', 'Backup'], scheduleType: ['Daily']] | null | null                                               | page([[from: '2026-11-01', to: '2026-11-02', achievedSlaPercent: 96.0, processedObjects: 4, status: 'MissedSla']]) | { it.slaResults('p-1', new SlaResultsQuery(['MissedSla'], ['Snapshot', 'Backup'], ['Daily'])) } | { it[0].processedObjects() == 4 }
        'slaInstances'         | 'GET'    | "$P/p-1/slaInstances"                 | [dateFrom: '2026-11-01T00:00:00Z', dateTo: '2026-11-08T00:00:00Z', slaComplianceStatus: ['MissedSla'], backupType: ['Snapshot'], scheduleType: ['Daily'], searchPattern: 'web*', Offset: '0', Limit: '50'] | null | null | [statistics: [metTargetSla: 3, missedTargetSla: 1, removed: 0], results: [[instanceId: 'vm-1', instanceName: 'web-01', planned: 8, successful: 7, missed: 1]]] | { it.slaInstances('p-1', new SlaInstancesQuery(FROM, TO, ['MissedSla'], ['Snapshot'], ['Daily'], 'web*')) } | { it.results()[0].missed() == 1 && it.statistics().metTargetSla() == 3 }
        'slaSessions'          | 'GET'    | "$P/p-1/slaSessions/vm-1"             | [dateFrom: '2026-11-01T00:00:00Z', dateTo: '2026-11-08T00:00:00Z', backupType: ['Snapshot'], scheduleType: ['Daily'], Offset: '0', Limit: '50'] | null | null | page([[sessionId: 's-1', status: 'Failed', startTime: [sessionTimestampUtc: '2026-11-03T10:00:00Z']]]) | { it.slaSessions('p-1', 'vm-1', new SlaSessionsQuery(FROM, TO, ['Snapshot'], ['Daily'])) } | { it[0].status() == 'Failed' }
        'slaSessionLogs'       | 'GET'    | "$P/slaSessions/s-1/slaSessionLogs"   | [:]                                                                                         | null              | null                                                      | page([[sessionLogName: 'Creating snapshot', status: 'Error']])   | { it.slaSessionLogs('s-1') }                                                                                         | { it[0].sessionLogName() == 'Creating snapshot' }
        'systemVersion'        | 'GET'    | '/api/v1/system/version'              | [:]                                                                                         | null              | null                                                      | [version: '9.1']                                                 | { it.systemVersion() }                                                                                               | { it.version() == '9.1' }
        'regions'              | 'GET'    | '/api/v1/cloudInfrastructure/regions' | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[id: 'r-1', name: 'us-east-1', optInStatus: 'OptInNotRequired']]) | { it.regions() }                                                                                             | { it[0].optInStatus() == 'OptInNotRequired' }
        'tags'                 | 'GET'    | '/api/v1/cloudInfrastructure/tags'    | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[id: 't-1', key: 'env', value: 'prod']])                   | { it.tags() }                                                                                                        | { it[0].key() == 'env' }
        'virtualMachines'      | 'GET'    | '/api/v1/virtualMachines'             | [RegionId: 'r-1', ResourceAwsAccountId: '111111111111', ProtectedByPolicy: 'true', SearchPattern: 'web*'] | null | null                                               | page([[id: 'vm-1', name: 'web-01', awsResourceId: 'i-0abc', region: [id: 'r-1', name: 'us-east-1'], isDeleted: false]]) | { it.virtualMachines(new VirtualMachineQuery('r-1', '111111111111', true, 'web*')) } | { it[0].region().name() == 'us-east-1' && !it[0].isDeleted() }
        'virtualMachine'       | 'GET'    | '/api/v1/virtualMachines/vm-1'        | [:]                                                                                         | null              | null                                                      | [id: 'vm-1', name: 'web-01']                                     | { it.virtualMachine('vm-1') }                                                                                        | { it.name() == 'web-01' }
        'volumes'              | 'GET'    | '/api/v1/virtualMachines/vm-1/volumes' | [Offset: '0', Limit: '50']                                                                 | null              | null                                                      | page([[id: 'v-1', awsResourceId: 'vol-0aa11', isSystem: true]])   | { it.volumes('vm-1') }                                                                                               | { it[0].isSystem() }
        'accounts'             | 'GET'    | '/api/v1/accounts/amazon'             | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[id: 'a-1', name: 'backup-prod', awsid: '111111111111']])  | { it.accounts() }                                                                                                    | { it[0].awsAccountId() == '111111111111' }
        'organizations'        | 'GET'    | '/api/v1/organizations/amazon'        | [Offset: '0', Limit: '50']                                                                  | null              | null                                                      | page([[id: 'o-1', name: 'acme', units: [[id: 'u-1', name: 'ou-prod']]]]) | { it.organizations() }                                                                                      | { it[0].units()[0].name() == 'ou-prod' }
        'slaTemplates'         | 'GET'    | '/api/v1/policyTemplates/slaTemplates' | [Offset: '0', Limit: '50']                                                                 | null              | null                                                      | page([[id: 's-1', name: 'gold', targetSla: 99.0]])               | { it.slaTemplates() }                                                                                                | { it[0].targetSla() == 99.0d }
        'storageTemplates'     | 'GET'    | '/api/v1/policyTemplates/storageTemplates' | [Offset: '0', Limit: '50']                                                             | null              | null                                                      | page([[id: 'st-1', name: 's3-90d']])                             | { it.storageTemplates() }                                                                                            | { it[0].name() == 's3-90d' }
        'sessions'             | 'GET'    | '/api/v1/sessions'                    | [PolicyId: 'p-1', Status: 'Failed', Types: ['Policy'], FromUtc: '2026-11-01T00:00:00Z', ToUtc: '2026-11-08T00:00:00Z', VmId: 'vm-1'] | null | null                                   | page([[id: 'se-1', type: 'Policy', status: 'Failed', usn: 3]])   | { it.sessions(new SessionQuery('p-1', 'Failed', ['Policy'], FROM, TO, 'vm-1')) }                                    | { it[0].usn() == 3L }
        'sessionLog'           | 'GET'    | '/api/v1/sessions/se-1/log'           | [:]                                                                                         | null              | null                                                      | [sessionId: 'se-1', log: [[logTime: '2026-11-01T00:00:00Z', status: 'Error', message: 'snapshot failed']]] | { it.sessionLog('se-1') }                                                                       | { it.log()[0].message() == 'snapshot failed' }
    }

    def "encryption keys are read through a new Amazon connection for the account and region"() {
        given:
        server.enqueue(token())
        server.enqueue(json(201, [id: 'conn-1']))
        server.enqueue(ok(page([[arn: 'arn:aws:kms:us-west-2:333333333333:key/abc', name: 'dr-key']])))

        when:
        def keys = client().encryptionKeys('a-1', 'r-2')

        then:
        keys*.name() == ['dr-key']
        take()
        def connect = take()
        connect.method == 'POST'
        connect.url.encodedPath() == '/api/v1/amazonConnections'
        bodyJson(connect) == [AmazonAccountId: 'a-1', RegionId: 'r-2']
        take().url.encodedPath() == '/api/v1/amazonConnections/conn-1/cloudEncryptionKeys'
    }

    def "the appliance address may be given with or without /api/v1 and a trailing slash"() {
        expect:
        ApplianceClient.apiRoot(URI.create(given)).toString() == expected

        where:
        given                                  | expected
        'https://vbaws.example.com:11005'      | 'https://vbaws.example.com:11005/api/v1'
        'https://vbaws.example.com:11005/'     | 'https://vbaws.example.com:11005/api/v1'
        'https://vbaws.example.com:11005/api/v1' | 'https://vbaws.example.com:11005/api/v1'
        'https://vbaws.example.com:11005/api/v1/' | 'https://vbaws.example.com:11005/api/v1'
        'http://127.0.0.1:5000/proxy/'         | 'http://127.0.0.1:5000/proxy/api/v1'
    }
}
