package io.vbaws.plan

import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** An update shows exactly the field that differs, by its API path, in names, with the body to PUT. */
class PlanUpdateSpec extends Specification {

    static Map orgSpec() {
        changed(changed(fullSpec(), 'identityId', 'org-1'), 'organizationSettings', [limitedScopeId: 'ou-1', excludedMembers: ['mem-1']])
    }

    static List<Map> route(Map changes) {
        [[sourceRegionId: 'rg-1', targetRegionId: 'rg-3', targetIAMRoleId: 'acct-2', encryptionKey: 'key-1',
          encryptOnlyEncryptedVolumes: true] + changes]
    }

    /** [base, path set, value, path shown, before, after] for every leaf of the body. */
    static List<List> everyField() {
        List<List> rows = [
                ['account', 'description', 'New text', 'description', 'Production web tier', 'New text'],
                ['account', 'identityId', 'acct-4', 'identityId', 'backup-prod', 'backup-dev'],
                ['account', 'backupType', 'AllItems', 'backupType', 'SelectedItems', 'AllItems'],
                ['account', 'selectedItems.virtualMachineIds', ['vm-2', 'vm-5'], 'selectedItems.virtualMachineIds', ['web-01', 'web-02'], ['app-01', 'web-02']],
                ['account', 'selectedItems.tagIds', ['tag-3'], 'selectedItems.tagIds', ['env=prod'], ['tier=web']],
                ['account', 'excludedItems.virtualMachineIds', ['vm-2'], 'excludedItems.virtualMachineIds', ['db-01'], ['web-02']],
                ['account', 'excludedItems.tagIds', [], 'excludedItems.tagIds', ['backup=skip'], []],
                ['account', 'excludedItems.excludedVolumes.excludeSystemVolumes', false, 'excludedItems.excludedVolumes.excludeSystemVolumes', true, false],
                ['account', 'excludedItems.excludedVolumes.excludedItems', [[id: 'vol-2', type: 'Volume']], 'excludedItems.excludedVolumes.excludedItems', ['vol-0aa11'], ['vol-0bb22']],
                ['account', 'regionIds', ['rg-1', 'rg-3'], 'regionIds', ['eu-west-1', 'us-east-1'], ['us-east-1', 'us-west-2']],
                ['account', 'storageTemplateId', 'st-2', 'storageTemplateId', 's3-90d', 's3-1y'],
                ['account', 'slaTemplateId', 'sla-2', 'slaTemplateId', 'gold', 'silver'],
                ['account', 'snapshotSettings.additionalTags', [[key: 'owner', value: 'data']], 'snapshotSettings.additionalTags', ['owner=platform'], ['owner=data']],
                ['account', 'snapshotSettings.copyTagsFromVolumeEnabled', false, 'snapshotSettings.copyTagsFromVolumeEnabled', true, false],
                ['account', 'snapshotSettings.tryCreateVSSSnapshot', false, 'snapshotSettings.tryCreateVSSSnapshot', true, false],
                ['account', 'replicaSettings.mapping', route(targetRegionId: 'rg-4'), 'replicaSettings.mapping[us-east-1].targetRegionId', 'us-west-2', 'eu-central-1'],
                ['account', 'replicaSettings.mapping', route(targetIAMRoleId: 'acct-1'), 'replicaSettings.mapping[us-east-1].targetIAMRoleId', 'dr-role', 'backup-prod'],
                ['account', 'replicaSettings.mapping', route(encryptionKey: 'key-2'), 'replicaSettings.mapping[us-east-1].encryptionKey', 'alias/dr', 'alias/backup'],
                ['account', 'replicaSettings.mapping', route(encryptOnlyEncryptedVolumes: false), 'replicaSettings.mapping[us-east-1].encryptOnlyEncryptedVolumes', true, false],
                ['account', 'replicaSettings.additionalTags', [], 'replicaSettings.additionalTags', ['replica=yes'], []],
                ['account', 'replicaSettings.copyTagsFromVolumeEnabled', false, 'replicaSettings.copyTagsFromVolumeEnabled', true, false],
                ['account', 'retrySettings.retryTimes', 5, 'retrySettings.retryTimes', 3, 5],
                ['account', 'notificationSettings.email', 'dba@example.com', 'notificationSettings.email', 'ops@example.com', 'dba@example.com'],
                ['account', 'notificationSettings.enableNotifications', false, 'notificationSettings.enableNotifications', true, false],
                ['account', 'notificationSettings.includeOnlyMissedSlaAndRemovedVms', false, 'notificationSettings.includeOnlyMissedSlaAndRemovedVms', true, false],
                ['account', 'notificationSettings.sendOnSpecificTime', '09:30', 'notificationSettings.sendOnSpecificTime', '08:00', '09:30'],
                ['account', 'productionWorkersSettings.useProductionWorkers', false, 'productionWorkersSettings.useProductionWorkers', true, false],
                ['account', 'productionWorkersSettings.workerRoleId', 'acct-2', 'productionWorkersSettings.workerRoleId', 'worker-role', 'dr-role'],
                ['account', 'productionWorkersSettings.workerRoleAccountName', 'other-acct', 'productionWorkersSettings.workerRoleAccountName', 'worker-acct', 'other-acct'],
                ['org', 'identityId', 'org-2', 'identityId', 'acme', 'globex'],
                ['org', 'organizationSettings.limitedScopeId', 'ou-2', 'organizationSettings.limitedScopeId', 'ou-prod', 'ou-dev'],
                ['org', 'organizationSettings.excludedMembers', ['mem-1', 'mem-2'], 'organizationSettings.excludedMembers', ['prod-main'], ['dev', 'prod-main']],
        ]
        for (String os : ['windowsScripts', 'linuxScripts']) {
            String p = "snapshotSettings.snapshotScripts.${os}."
            Map was = fullSpec().snapshotSettings.snapshotScripts[os]
            rows << ['account', p + 'enabled', false, p + 'enabled', true, false]
            ['preSnapshotScript', 'preSnapshotArguments', 'postSnapshotScript', 'postSnapshotArguments'].each { f ->
                rows << ['account', p + f, '/changed', p + f, was[f], '/changed']
            }
            ['runOnlyForBackupSnapshots', 'ignoreMissingScripts', 'ignoreScriptErrors'].each { f ->
                rows << ['account', p + f, !was[f], p + f, was[f], !was[f]]
            }
        }
        rows
    }

    def "the body has #count leaves and each one is tested"() {
        expect: 'every compared path of the planner appears in the table above, so a new field cannot go untested'
        Set<String> tested = everyField().collect { it[3].replaceAll(/\[.*]/, '[]') } as Set
        Set<String> compared = (SpecField.ALL*.path() - 'replicaSettings.mapping'
                + ['targetRegionId', 'targetIAMRoleId', 'encryptionKey', 'encryptOnlyEncryptedVolumes'].collect { "replicaSettings.mapping[].$it".toString() }) as Set
        tested == compared

        where:
        count = SpecField.ALL.size() - 1 + 4
    }

    def "a change to #shown shows exactly that field, in names, and PUTs the desired body"() {
        given:
        Map base = kind == 'org' ? orgSpec() : fullSpec()
        Map wanted = changed(base, path, value)

        when:
        Plan plan = plan([desired(wanted)], [live(base, [id: 'p-1', usn: 42])])

        then:
        plan.changes().size() == 1
        with(plan.changes()[0]) {
            action() == ChangeAction.UPDATE
            policy() == 'prod-web'
            id() == 'p-1'
            usn() == 42L
            fields().collect { [it.path(), it.before(), it.after()] } == [[shown, before, after]]
            unchangedFields() > 30
            body() == spec(wanted)
        }

        where:
        [kind, path, value, shown, before, after] << everyField()
    }

    def "#path names what its IDs refer to as a #kind"() {
        given:
        Map base = orgSpec()
        Map wanted = changed(base, path, value)

        when:
        FieldChange field = plan([desired(wanted)], [live(base)], [names: KINDED]).changes()[0].fields()[0]

        then:
        (field.after() instanceof List ? field.after() : [field.after()]).every { it.startsWith("${kind}:") }
        (field.before() instanceof List ? field.before() : [field.before()]).every { it.startsWith("${kind}:") }

        where:
        path                                                   | value                                 || kind
        'regionIds'                                            | ['rg-3']                              || 'REGION'
        'selectedItems.virtualMachineIds'                      | ['vm-5']                              || 'INSTANCE'
        'selectedItems.tagIds'                                 | ['tag-3']                             || 'TAG'
        'excludedItems.virtualMachineIds'                      | ['vm-5']                              || 'INSTANCE'
        'excludedItems.tagIds'                                 | ['tag-3']                             || 'TAG'
        'excludedItems.excludedVolumes.excludedItems'          | [[id: 'vol-2', type: 'Volume']]       || 'VOLUME'
        'identityId'                                           | 'org-2'                               || 'ORGANIZATION'
        'slaTemplateId'                                        | 'sla-2'                               || 'SLA_TEMPLATE'
        'storageTemplateId'                                    | 'st-2'                                || 'STORAGE_TEMPLATE'
        'productionWorkersSettings.workerRoleId'               | 'acct-2'                              || 'ACCOUNT'
        'organizationSettings.limitedScopeId'                  | 'ou-2'                                || 'ORGANIZATION_UNIT'
        'organizationSettings.excludedMembers'                 | ['mem-2']                             || 'ORGANIZATION_MEMBER'
        'replicaSettings.mapping'                              | route(targetRegionId: 'rg-4')         || 'REGION'
        'replicaSettings.mapping'                              | route(targetIAMRoleId: 'acct-1')      || 'ACCOUNT'
        'replicaSettings.mapping'                              | route(encryptionKey: 'key-2')         || 'ENCRYPTION_KEY'
    }

    def "the replica path names its source region as a region"() {
        when:
        FieldChange field = plan([desired(changed(fullSpec(), 'replicaSettings.mapping', route(targetRegionId: 'rg-4')))],
                [live(fullSpec())], [names: KINDED]).changes()[0].fields()[0]

        then:
        field.path() == 'replicaSettings.mapping[REGION:us-east-1].targetRegionId'
    }

    def "an account identity becomes an organization: before names the IAM role, after the organization"() {
        given:
        Map wanted = orgSpec()

        when:
        PolicyChange change = plan([desired(wanted)], [live(fullSpec())], [names: KINDED]).changes()[0]

        then:
        change.fields().find { it.path() == 'identityId' } == new FieldChange('identityId', 'organization', 'ACCOUNT:backup-prod', 'ORGANIZATION:acme', false)
        change.fields().find { it.path() == 'organizationSettings.limitedScopeId' }.after() == 'ORGANIZATION_UNIT:ou-prod'
    }

    def "an organization policy moved to an IAM role drops its organization settings, and the plan says so"() {
        when:
        PolicyChange change = plan([desired(fullSpec())], [live(orgSpec())]).changes()[0]

        then:
        change.fields() == [
                new FieldChange('identityId', 'acme', 'backup-prod'),
                new FieldChange('organizationSettings.limitedScopeId', 'ou-prod', null),
                new FieldChange('organizationSettings.excludedMembers', ['prod-main'], []),
        ]
        change.body().organizationSettings() == null
        change.body().identityId() == 'acct-1'
    }

    def "several changed fields are listed in the API's order, and the rest are counted as unchanged"() {
        given:
        Map wanted = changed(changed(changed(fullSpec(), 'retrySettings.retryTimes', 1), 'description', 'x'), 'regionIds', ['rg-1'])

        when:
        PolicyChange change = plan([desired(wanted)], [live(fullSpec())]).changes()[0]

        and: 'compared: every leaf (the four of the one replica route for the mapping entry), but not the two organization settings the account policy leaves unset, nor the protect mark (a line of the description, counted with it)'
        int compared = SpecField.ALL.size() - 1 + 4 - 2 - 1

        then:
        change.fields()*.path() == ['description', 'regionIds', 'retrySettings.retryTimes']
        change.unchangedFields() == compared - 3
    }

    def "a desired spec equal to the live policy plans nothing"() {
        expect:
        plan([desired(fullSpec())], [live(fullSpec())]).changes().isEmpty()
        plan([desired(orgSpec())], [live(orgSpec())]).changes().isEmpty()
        plan([desired(minimalSpec())], [live(minimalSpec())]).changes().isEmpty()
    }
}
