package io.vbaws.cli

import spock.lang.Unroll

/**
 * A change to one setting of a script shows in the plan as exactly that field, in names, and
 * applying it converges: the next plan is empty.
 */
class FieldChangeEndToEndSpec extends SimulatedApplianceCliSpec {

    static final Map REQUIRED = [account: 'account "backup-prod"', regions: 'regions "us-east-1"',
                                 template: 'template "silver"', storage: 'storage "s3-90d"']

    static String policy(String name, Map lines) {
        def merged = REQUIRED + lines.findAll { k, v -> k != 'extra' }
        "slaPolicy \"$name\" {\n" + (merged.values() + [lines.extra ?: '']).collect { '    ' + it }.join('\n') + '\n}\n'
    }

    @Unroll
    def "changing #setting shows exactly #paths, in names, and converges"() {
        given:
        String name = 'field-' + setting.replaceAll(/[^a-z0-9]+/, '-')
        def first = script('before.groovy', policy(name, before))
        def second = script('after.groovy', policy(name, after))
        applyAll(first)

        when:
        def plan = planJson(second)

        then:
        plan.changes*.action == ['update']
        plan.changes[0].policy == name
        plan.changes[0].fields*.path.sort() == paths.sort()
        plan.changes[0].fields.every { f -> ![f.before, f.after].flatten().any { it instanceof String && it =~ UUID_LIKE } }

        when:
        applyAll(second)

        then:
        planJson(second).changes.isEmpty()

        where:
        setting                  | before                                                                   | after                                                                       | paths
        'description'            | [extra: 'description "one"']                                              | [extra: 'description "two"']                                                 | ['description']
        'account'                | [:]                                                                      | [account: 'account "backup-dev"']                                           | ['identityId']
        'regions'                | [:]                                                                      | [regions: 'regions "us-east-1", "eu-west-1"']                               | ['regionIds']
        'template'               | [:]                                                                      | [template: 'template "gold"']                                               | ['slaTemplateId']
        'storage'                | [:]                                                                      | [storage: 'storage "s3-1y"']                                                | ['storageTemplateId']
        'included instances'     | [extra: 'include instances: ["web-01"]']                                  | [extra: 'include instances: ["web-01", "web-02"]']                           | ['selectedItems.virtualMachineIds']
        'included tags'          | [extra: 'include tags: [env: "prod"]']                                    | [extra: 'include tags: [env: "staging"]']                                    | ['selectedItems.tagIds']
        'all to selected'        | [:]                                                                      | [extra: 'include tags: [tier: "db"]']                                        | ['backupType', 'selectedItems.tagIds']
        'excluded instances'     | [:]                                                                      | [extra: 'exclude instances: ["web-canary"]']                                 | ['excludedItems.virtualMachineIds']
        'excluded tags'          | [:]                                                                      | [extra: 'exclude tags: [backup: "skip"]']                                    | ['excludedItems.tagIds']
        'system volumes'         | [:]                                                                      | [extra: 'exclude volumes: system']                                          | ['excludedItems.excludedVolumes.excludeSystemVolumes']
        'snapshot tags'          | [extra: 'snapshots { tags owner: "platform" }']                           | [extra: 'snapshots { tags owner: "data" }']                                  | ['snapshotSettings.additionalTags']
        'copy tags to snapshots' | [extra: 'snapshots { copyTagsFromVolume false }']                         | [extra: 'snapshots { copyTagsFromVolume true }']                             | ['snapshotSettings.copyTagsFromVolumeEnabled']
        'VSS'                    | [extra: 'snapshots { vss false }']                                        | [extra: 'snapshots { vss true }']                                            | ['snapshotSettings.tryCreateVSSSnapshot']
        'Linux pre script'       | [extra: 'snapshots { linux { pre "/opt/a.sh" } }']                        | [extra: 'snapshots { linux { pre "/opt/b.sh" } }']                           | ['snapshotSettings.snapshotScripts.linuxScripts.preSnapshotScript']
        'Windows script errors'  | [extra: 'snapshots { windows { ignoreErrors false } }']                   | [extra: 'snapshots { windows { ignoreErrors true } }']                       | ['snapshotSettings.snapshotScripts.windowsScripts.ignoreScriptErrors']
        'replica target'         | [extra: 'replicate from: "us-east-1", to: "us-west-2", role: "dr-role"']  | [extra: 'replicate from: "us-east-1", to: "us-east-2", role: "dr-role"']     | ['replicaSettings.mapping[us-east-1].targetRegionId']
        'replica key'            | [extra: 'replicate from: "us-east-1", to: "us-west-2", role: "dr-role"']  | [extra: 'replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr"'] | ['replicaSettings.mapping[us-east-1].encryptionKey']
        'replica tags'           | [extra: 'replicas { replicate from: "us-east-1", to: "us-west-2", role: "dr-role"; tags a: "1" }'] | [extra: 'replicas { replicate from: "us-east-1", to: "us-west-2", role: "dr-role"; tags a: "2" }'] | ['replicaSettings.additionalTags']
        'retries'                | [extra: 'retries 2']                                                      | [extra: 'retries 3']                                                         | ['retrySettings.retryTimes']
        'notification email'     | [extra: 'notify email: "a@example.com"']                                  | [extra: 'notify email: "b@example.com"']                                     | ['notificationSettings.email']
        'notification time'      | [extra: 'notify email: "a@example.com", at: "08:00"']                     | [extra: 'notify email: "a@example.com", at: "09:30"']                        | ['notificationSettings.sendOnSpecificTime']
        'worker role'            | [extra: 'workers production: true, role: "worker-role"']                  | [extra: 'workers production: true, role: "backup-prod"']                     | ['productionWorkersSettings.workerRoleId']
        'organization scope'     | [account: 'organization "acme", scope: "ou-prod"']                        | [account: 'organization "acme", scope: "ou-dev"']                            | ['organizationSettings.limitedScopeId']
        'scope to whole org'     | [account: 'organization "acme", scope: "ou-prod"']                        | [account: 'organization "acme"']                                            | ['organizationSettings.limitedScopeId']
        'excluded members'       | [account: 'organization "acme"']                                          | [account: 'organization "acme", excludeMembers: ["sandbox"]']                | ['organizationSettings.excludedMembers']
    }

    static final String UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

    def "the text plan shows a changed field in the script's words as before -> after in names"() {
        given:
        applyAll(script('one.groovy', policy('text-diff', [:])))

        when:
        def r = vbaws('plan', '--no-color', script('two.groovy', policy('text-diff', [template: 'template "gold"'])).toString())

        then:
        r.code == 0
        r.out.contains('~ text-diff')
        r.out.contains('~ template: "silver" -> "gold"')
        r.out.contains('Plan: 0 to add, 1 to change, 0 to delete.')
    }
}
