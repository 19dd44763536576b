package io.vbaws.plan

import com.fasterxml.jackson.databind.ObjectMapper
import io.vbaws.api.model.ApiJson
import io.vbaws.api.model.SlaPolicy
import io.vbaws.api.model.SlaPolicySpec
import io.vbaws.inventory.DesiredState
import io.vbaws.inventory.IdKind
import io.vbaws.inventory.IdNames
import io.vbaws.declaration.ProtectRule
import io.vbaws.inventory.ResolvedPolicy
import io.vbaws.declaration.SourceRef

/**
 * A small named estate and builders for specs (as nested maps, so a test changes one path of a
 * copy), live policies and desired states.
 */
class PlanFixtures {

    static final ObjectMapper MAPPER = ApiJson.newMapper()

    /** ID -> name. vm-1 and vm-4 share the name web-01, as instances in two regions do. */
    static final Map<String, String> NAMES = [
            'rg-1'  : 'us-east-1', 'rg-2': 'eu-west-1', 'rg-3': 'us-west-2', 'rg-4': 'eu-central-1',
            'vm-1'  : 'web-01', 'vm-2': 'web-02', 'vm-3': 'db-01', 'vm-4': 'web-01', 'vm-5': 'app-01',
            'tag-1' : 'env=prod', 'tag-2': 'backup=skip', 'tag-3': 'tier=web',
            'vol-1' : 'vol-0aa11', 'vol-2': 'vol-0bb22',
            'acct-1': 'backup-prod', 'acct-2': 'dr-role', 'acct-3': 'worker-role', 'acct-4': 'backup-dev',
            'org-1' : 'acme', 'org-2': 'globex', 'ou-1': 'ou-prod', 'ou-2': 'ou-dev', 'mem-1': 'prod-main', 'mem-2': 'dev',
            'sla-1' : 'gold', 'sla-2': 'silver', 'st-1': 's3-90d', 'st-2': 's3-1y',
            'key-1' : 'alias/dr', 'key-2': 'alias/backup',
    ]

    /** Names by ID, whatever the kind. */
    static final IdNames NAMED = { IdKind kind, String id -> NAMES[id] ?: id } as IdNames

    /** Names prefixed by the kind asked for, so a test sees which kind a path used. */
    static final IdNames KINDED = { IdKind kind, String id -> "${kind.name()}:${NAMES[id] ?: id}".toString() } as IdNames

    /** A spec that sets every field of the body, as the map the appliance's JSON would be. */
    static Map fullSpec(String name = 'prod-web') {
        [
                name                     : name,
                description              : 'Production web tier',
                identityId               : 'acct-1',
                backupType               : 'SelectedItems',
                selectedItems            : [virtualMachineIds: ['vm-1', 'vm-2'], tagIds: ['tag-1']],
                excludedItems            : [virtualMachineIds: ['vm-3'], tagIds: ['tag-2'],
                                            excludedVolumes  : [excludeSystemVolumes: true,
                                                                excludedItems       : [[id: 'vol-1', type: 'Volume']]]],
                regionIds                : ['rg-1', 'rg-2'],
                storageTemplateId        : 'st-1',
                slaTemplateId            : 'sla-1',
                snapshotSettings         : [
                        additionalTags           : [[key: 'owner', value: 'platform']],
                        copyTagsFromVolumeEnabled: true,
                        tryCreateVSSSnapshot     : true,
                        snapshotScripts          : [
                                windowsScripts: scripts('C:\\pre.ps1', 'C:\\post.ps1'),
                                linuxScripts  : scripts('/opt/freeze.sh', '/opt/thaw.sh')]],
                replicaSettings          : [
                        mapping                  : [[sourceRegionId : 'rg-1', targetRegionId: 'rg-3', targetIAMRoleId: 'acct-2',
                                                     encryptionKey  : 'key-1', encryptOnlyEncryptedVolumes: true]],
                        additionalTags           : [[key: 'replica', value: 'yes']],
                        copyTagsFromVolumeEnabled: true],
                retrySettings            : [retryTimes: 3],
                notificationSettings     : [email                            : 'ops@example.com', enableNotifications: true,
                                            includeOnlyMissedSlaAndRemovedVms: true, sendOnSpecificTime: '08:00'],
                productionWorkersSettings: [useProductionWorkers: true, workerRoleId: 'acct-3', workerRoleAccountName: 'worker-acct'],
        ]
    }

    /** The selection only, with nothing else set: what a minimal script resolves to. */
    static Map minimalSpec(String name = 'minimal') {
        [name: name, identityId: 'acct-1', backupType: 'AllItems', regionIds: ['rg-1'], slaTemplateId: 'sla-1',
         selectedItems: [virtualMachineIds: [], tagIds: []], excludedItems: [virtualMachineIds: [], tagIds: []]]
    }

    static Map scripts(String pre, String post) {
        [enabled                  : true, preSnapshotScript: pre, preSnapshotArguments: '-q', postSnapshotScript: post,
         postSnapshotArguments    : '-v', runOnlyForBackupSnapshots: true, ignoreMissingScripts: false,
         ignoreScriptErrors       : true]
    }

    /** A deep copy of {@code map} with {@code path} (dotted) set to {@code value}, creating maps on the way. */
    static Map changed(Map map, String path, Object value) {
        Map copy = deepCopy(map)
        List<String> keys = path.tokenize('.')
        Map at = copy
        keys.init().each { key ->
            if (!(at[key] instanceof Map)) {
                at[key] = [:]
            }
            at = at[key] as Map
        }
        at[keys.last()] = value
        copy
    }

    /** A deep copy of {@code map} without {@code path}. */
    static Map without(Map map, String path) {
        Map copy = deepCopy(map)
        List<String> keys = path.tokenize('.')
        Map at = copy
        for (String key : keys.init()) {
            if (!(at[key] instanceof Map)) {
                return copy
            }
            at = at[key] as Map
        }
        at.remove(keys.last())
        copy
    }

    static Map deepCopy(Map map) {
        MAPPER.readValue(MAPPER.writeValueAsString(map), Map)
    }

    static SlaPolicySpec spec(Map map) {
        MAPPER.convertValue(map, SlaPolicySpec)
    }

    /** The policy as the appliance would hold it: the spec's fields plus id, usn, priority, state, identity. */
    static SlaPolicy live(Map spec, Map extra = [:]) {
        Map body = deepCopy(spec)
        String identityId = body.remove('identityId')
        Map policy = [id: "id-${spec.name}".toString(), usn: 10, priority: 1, isEnabled: true,
                      identity: identityId == null ? null : [id: identityId, type: identityId.startsWith('org-') ? 'Organization' : 'Account',
                                                             name: NAMES[identityId]]] + body + extra
        MAPPER.convertValue(policy, SlaPolicy)
    }

    static ResolvedPolicy desired(Map body, Map extra = [:]) {
        Map args = [enabled: null, priority: null, protect: null, line: 3] + extra
        new ResolvedPolicy(body.name as String, spec(body), args.enabled as Boolean, args.priority as Integer,
                args.protect as Boolean, new SourceRef("${body.name}.groovy".toString(), args.line as int, 0))
    }

    static DesiredState state(List<ResolvedPolicy> policies, List<ProtectRule> rules = []) {
        new DesiredState(policies, rules)
    }

    static Plan plan(List<ResolvedPolicy> policies, List<SlaPolicy> live, Map options = [:], List<ProtectRule> rules = []) {
        new Planner().plan(state(policies, rules), live, (options.names ?: NAMED) as IdNames,
                new PlanOptions(options.prune ?: false, options.targets ?: [], options.excludes ?: []))
    }
}
