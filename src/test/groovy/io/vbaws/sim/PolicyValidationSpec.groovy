package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir
import spock.lang.Unroll

import java.nio.file.Path

/** Every rule of the 1.8 reference for a policy body: a 400 whose details name the field and the problem. */
class PolicyValidationSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'
    static final String MISSING = UUID.nameUUIDFromBytes('missing'.bytes).toString()

    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared ApplianceHttp http

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        http = ApplianceHttp.loggedIn(sim)
    }

    @Unroll
    def "create refuses a body where #problem"() {
        given:
        Map body = change(http.policyBody('valid-name', ['web-01']))
        def countBefore = http.all(POLICIES).size()

        when:
        def reply = http.post(POLICIES, body)

        then:
        reply.status == 400
        reply.json.errorCode == 'UnexpectedContent'
        reply.json.details.contains(details)
        reply.json.data.any { field, said -> "$field $said.message".contains(details) || "$field: $said.message".contains(details) }
        http.all(POLICIES).size() == countBefore

        where:
        problem                                    | change                                                                                                  || details
        'name is missing'                          | { it.remove('name'); it }                                                                               || 'name is required'
        'name is empty'                            | { it.name = ''; it }                                                                                    || 'name must be 1 to 255 characters, not 0'
        'name is 256 characters'                   | { it.name = 'n' * 256; it }                                                                             || 'name must be 1 to 255 characters, not 256'
        'name is blank'                            | { it.name = '   '; it }                                                                                 || 'name must not be blank'
        'regionIds is missing'                     | { it.remove('regionIds'); it }                                                                          || 'regionIds is required'
        'regionIds is empty'                       | { it.regionIds = []; it }                                                                               || 'regionIds must not be empty'
        'regionIds repeats a region'               | { it.regionIds = [http.regionId('us-east-1'), http.regionId('us-east-1')]; it }                        || "regionIds must not contain duplicates: ${http.regionId('us-east-1')}"
        'regionIds names an unknown region'        | { it.regionIds = [MISSING]; it }                                                                        || "regionIds refers to unknown regions: $MISSING"
        'identityId is missing'                    | { it.remove('identityId'); it }                                                                         || 'identityId is required'
        'identityId is unknown'                    | { it.identityId = MISSING; it }                                                                         || "identityId refers to no IAM role or organization: $MISSING"
        'backupType is missing'                    | { it.remove('backupType'); it }                                                                         || 'backupType is required'
        'backupType is unknown'                    | { it.backupType = 'SomeItems'; it }                                                                     || "backupType must be AllItems or SelectedItems, not 'SomeItems'"
        'slaTemplateId is missing'                 | { it.remove('slaTemplateId'); it }                                                                      || 'slaTemplateId is required'
        'slaTemplateId is unknown'                 | { it.slaTemplateId = MISSING; it }                                                                      || "slaTemplateId refers to no SLA template: $MISSING"
        'storageTemplateId is unknown'             | { it.storageTemplateId = MISSING; it }                                                                  || "storageTemplateId refers to no storage template: $MISSING"
        'a selected instance is unknown'           | { it.selectedItems.virtualMachineIds << MISSING; it }                                                   || "selectedItems.virtualMachineIds refers to unknown instances: $MISSING"
        'a selected tag is unknown'                | { it.selectedItems.tagIds = [MISSING]; it }                                                             || "selectedItems.tagIds refers to unknown tags: $MISSING"
        'SelectedItems selects nothing'            | { it.selectedItems = [virtualMachineIds: [], tagIds: []]; it }                                          || 'selectedItems must name at least one instance or tag'
        'an excluded instance is unknown'          | { it.excludedItems = [virtualMachineIds: [MISSING]]; it }                                               || "excludedItems.virtualMachineIds refers to unknown instances: $MISSING"
        'an excluded tag is unknown'               | { it.excludedItems = [tagIds: [MISSING]]; it }                                                          || "excludedItems.tagIds refers to unknown tags: $MISSING"
        'an excluded volume is unknown'            | { it.excludedItems = [excludedVolumes: [excludedItems: [[id: MISSING, type: 'Volume']]]]; it }         || "excludedItems.excludedVolumes.excludedItems refers to unknown volumes: $MISSING"
        'six snapshot tags are asked for'          | { it.snapshotSettings = [additionalTags: (1..6).collect { [key: "k$it", value: 'v'] }]; it }           || 'snapshotSettings.additionalTags allows at most 5 tags, not 6'
        'a replica source is not a policy region'  | { it.replicaSettings = [mapping: [replica('eu-west-1', 'us-west-2')]]; it }                             || "replicaSettings.mapping[0].sourceRegionId must be one of the policy's regionIds: eu-west-1"
        'a replica targets its own source'         | { it.replicaSettings = [mapping: [replica('us-east-1', 'us-east-1')]]; it }                             || 'replicaSettings.mapping[0].targetRegionId must differ from sourceRegionId: us-east-1'
        'a replica role is unknown'                | { it.replicaSettings = [mapping: [replica('us-east-1', 'us-west-2') + [targetIAMRoleId: MISSING]]]; it } || "replicaSettings.mapping[0].targetIAMRoleId refers to no IAM role: $MISSING"
        'a replica key is of another region'       | { it.replicaSettings = [mapping: [replica('us-east-1', 'us-west-2') + [encryptionKey: key('us-east-1')]]]; it } || 'is a key of us-east-1, not of the target region us-west-2'
        'a replica key is not a key'               | { it.replicaSettings = [mapping: [replica('us-east-1', 'us-west-2') + [encryptionKey: 'alias/dr']]]; it } || 'replicaSettings.mapping[0].encryptionKey refers to no KMS key (expected a key ARN): alias/dr'
        'retries are negative'                     | { it.retrySettings = [retryTimes: -1]; it }                                                             || 'retrySettings.retryTimes must not be negative'
        'notifications have no address'            | { it.notificationSettings = [enableNotifications: true]; it }                                           || 'notificationSettings.email is required when notifications are enabled'
        'the notification time is no time'         | { it.notificationSettings = [email: 'a@b.c', sendOnSpecificTime: '25:00']; it }                        || "notificationSettings.sendOnSpecificTime must be a time of day as HH:mm, not '25:00'"
        'production workers have no role'          | { it.productionWorkersSettings = [useProductionWorkers: true]; it }                                     || 'productionWorkersSettings.workerRoleId is required'
        'organization settings come with a role'   | { it.organizationSettings = [limitedScopeId: ou('ou-prod')]; it }                                       || 'organizationSettings applies only when identityId is an organization'
        'the OU is unknown'                        | { organization(it) + [organizationSettings: [limitedScopeId: MISSING]] }                                || "organizationSettings.limitedScopeId refers to no organizational unit of acme: $MISSING"
        'an excluded member is unknown'            | { organization(it) + [organizationSettings: [excludedMembers: [MISSING]]] }                             || "organizationSettings.excludedMembers refers to unknown organization members: $MISSING"
        'the name is taken'                        | { it.name = 'legacy-nightly'; it }                                                                      || "name: a policy named 'legacy-nightly' already exists"
    }

    private Map replica(String from, String to) {
        [sourceRegionId: http.regionId(from), targetRegionId: http.regionId(to), targetIAMRoleId: http.accountId('dr-role')]
    }

    private String key(String region) {
        def connection = http.post('/amazonConnections', [AmazonAccountId: http.accountId('dr-role'), RegionId: http.regionId(region)]).json
        http.all("/amazonConnections/$connection.id/cloudEncryptionKeys").find { it.alias == 'alias/dr' }.arn
    }

    private String ou(String name) {
        http.all('/organizations/amazon')[0].units.find { it.name == name }.id
    }

    private Map organization(Map body) {
        body + [identityId: http.all('/organizations/amazon')[0].id]
    }

    def "every problem of a body is reported at once"() {
        when:
        def reply = http.post(POLICIES, [name: '', regionIds: []])

        then:
        reply.status == 400
        reply.json.data.keySet().containsAll(['name', 'regionIds', 'identityId', 'backupType', 'slaTemplateId'])
        ['name must be 1 to 255', 'regionIds must not be empty', 'identityId is required', 'backupType is required',
         'slaTemplateId is required'].every { reply.json.details.contains(it) }
    }

    def "the error's data is a map of one object per field, as the reference shapes it"() {
        when:
        def reply = http.post(POLICIES, http.policyBody('data-shape') + [regionIds: [], retrySettings: [retryTimes: -1]])

        then:
        reply.status == 400
        reply.json.data instanceof Map
        reply.json.data.regionIds == [message: 'must not be empty']
        reply.json.data['retrySettings.retryTimes'] == [message: 'must not be negative, not -1']
        reply.json.data.values().every { it instanceof Map }
    }

    def "the seed's own create example, AllItems with selectedItems filled in, is accepted as the seed shows it"() {
        given: 'the reference example with its placeholder IDs replaced by the estate\'s'
        Map body = new groovy.json.JsonSlurper().parse(new File('src/test/resources/reference/seed-examples.json'))
                .examples.find { it.method == 'POST' && it.path == '/api/v1' + POLICIES && it.kind == 'request' }.example
        body.name = 'seed-example'
        body.identityId = http.accountId('backup-prod')
        body.regionIds = [http.regionId('us-east-1')]
        body.selectedItems = [virtualMachineIds: [http.instanceId('us-east-1', 'web-01')], tagIds: []]
        body.excludedItems = [virtualMachineIds: [], tagIds: [], excludedVolumes: [excludeSystemVolumes: true, excludedItems: []]]
        body.slaTemplateId = http.all('/policyTemplates/slaTemplates').find { it.name == 'gold' }.id
        body.remove('storageTemplateId')
        body.replicaSettings = null
        body.organizationSettings = null
        body.notificationSettings = [email: 'ops@example.com', enableNotifications: true, includeOnlyMissedSlaAndRemovedVms: true, sendOnSpecificTime: '08:00']
        body.productionWorkersSettings = [useProductionWorkers: false]

        expect:
        body.backupType == 'AllItems'

        when:
        def reply = http.post(POLICIES, body)

        then:
        reply.status == 200
        reply.json.backupType == 'AllItems'
        reply.json.selectedItems.virtualMachineIds == [http.instanceId('us-east-1', 'web-01')]
    }

    def "a body that is not JSON, or none at all, is a 400"() {
        expect:
        http.post(POLICIES, '{"name": ').status == 400
        http.post(POLICIES, '{"name": ').json.details.contains('not valid JSON')
        http.post(POLICIES, null).json.details.contains('request body is missing')
    }

    def "modify checks the same rules, and may keep its own name but not take another's"() {
        given:
        def mine = http.create(http.policyBody('keeps-its-name', ['web-02']))

        expect:
        http.put("$POLICIES/$mine.id", http.policyBody('keeps-its-name', ['web-02'])).status == 200
        http.put("$POLICIES/$mine.id", http.policyBody('finance-db', ['web-02'])).json.details
                .contains("a policy named 'finance-db' already exists")
        http.put("$POLICIES/$mine.id", http.policyBody('keeps-its-name', ['web-02']) + [regionIds: []]).status == 400
    }

    def "a valid replica, organization scope and worker setting are accepted"() {
        given:
        Map body = organization(http.policyBody('everything-valid')) + [
                organizationSettings     : [limitedScopeId: ou('ou-prod'), excludedMembers: [http.all('/organizations/amazon')[0].members.find { it.name == 'prod-data' }.id]],
                replicaSettings          : [mapping: [replica('us-east-1', 'us-west-2') + [encryptionKey: key('us-west-2'), encryptOnlyEncryptedVolumes: true]]],
                productionWorkersSettings: [useProductionWorkers: true, workerRoleId: http.accountId('worker-role')],
                notificationSettings     : [email: 'ops@example.com', enableNotifications: true, includeOnlyMissedSlaAndRemovedVms: true, sendOnSpecificTime: '08:00'],
                snapshotSettings         : [additionalTags: (1..5).collect { [key: "k$it", value: 'v'] }]]

        expect:
        http.post(POLICIES, body).status == 200
    }

    def "a cost estimate checks the body too, but not the name's uniqueness"() {
        expect:
        http.post("$POLICIES/cost", http.policyBody('legacy-nightly')).status == 200
        http.post("$POLICIES/cost", http.policyBody('x') + [regionIds: []]).status == 400
    }
}
