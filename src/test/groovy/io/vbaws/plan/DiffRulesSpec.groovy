package io.vbaws.plan

import io.vbaws.inventory.IdKind
import io.vbaws.inventory.IdNames
import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** The rules that keep a plan free of spurious changes: not set, sets, absent values, routes, names. */
class DiffRulesSpec extends Specification {

    List<FieldChange> fieldsOf(Map wanted, Map current, IdNames names = NAMED) {
        Plan plan = plan([desired(wanted)], [live(current)], [names: names])
        plan.changes().isEmpty() ? [] : plan.changes()[0].fields()
    }

    def "#path not set by the script is not diffed, whatever the appliance holds"() {
        expect:
        fieldsOf(without(fullSpec(), path), fullSpec()) == []

        where:
        path << ['description', 'storageTemplateId', 'slaTemplateId', 'regionIds', 'identityId', 'snapshotSettings',
                 'snapshotSettings.additionalTags', 'snapshotSettings.snapshotScripts', 'snapshotSettings.snapshotScripts.linuxScripts',
                 'snapshotSettings.snapshotScripts.windowsScripts.preSnapshotScript', 'replicaSettings', 'replicaSettings.mapping',
                 'retrySettings', 'retrySettings.retryTimes', 'notificationSettings', 'notificationSettings.email',
                 'productionWorkersSettings', 'productionWorkersSettings.workerRoleId']
    }

    def "a field not set is kept from the appliance in the body to PUT"() {
        when:
        PolicyChange change = plan([desired(changed(without(fullSpec(), 'notificationSettings.email'), 'description', 'new'))],
                [live(fullSpec())]).changes()[0]

        then:
        change.fields()*.path() == ['description']
        change.body().notificationSettings().email() == 'ops@example.com'
    }

    def "#path compares as a set: a new order is no change"() {
        given:
        Map current = changed(fullSpec(), path, first)

        expect:
        fieldsOf(changed(current, path, second), current) == []

        where:
        path                                           | first                                                     | second
        'regionIds'                                    | ['rg-1', 'rg-2', 'rg-3']                                  | ['rg-3', 'rg-1', 'rg-2']
        'selectedItems.virtualMachineIds'              | ['vm-1', 'vm-2']                                          | ['vm-2', 'vm-1']
        'selectedItems.tagIds'                         | ['tag-1', 'tag-3']                                        | ['tag-3', 'tag-1']
        'excludedItems.virtualMachineIds'              | ['vm-3', 'vm-5']                                          | ['vm-5', 'vm-3']
        'excludedItems.tagIds'                         | ['tag-1', 'tag-2']                                        | ['tag-2', 'tag-1']
        'excludedItems.excludedVolumes.excludedItems'  | [[id: 'vol-1', type: 'Volume'], [id: 'vol-2', type: 'Volume']] | [[id: 'vol-2', type: 'Volume'], [id: 'vol-1', type: 'Volume']]
        'snapshotSettings.additionalTags'              | [[key: 'a', value: '1'], [key: 'b', value: '2']]          | [[key: 'b', value: '2'], [key: 'a', value: '1']]
        'replicaSettings.additionalTags'               | [[key: 'a', value: '1'], [key: 'b', value: '2']]          | [[key: 'b', value: '2'], [key: 'a', value: '1']]
        'organizationSettings.excludedMembers'         | ['mem-1', 'mem-2']                                        | ['mem-2', 'mem-1']
    }

    def "a set field shows its whole set before and after, sorted by name"() {
        expect:
        fieldsOf(changed(fullSpec(), 'regionIds', ['rg-3', 'rg-1']), fullSpec()) ==
                [new FieldChange('regionIds', ['eu-west-1', 'us-east-1'], ['us-east-1', 'us-west-2'])]
    }

    def "a null list on the appliance equals an empty one in the script (#path)"() {
        given:
        Map current = without(base, path)

        expect:
        fieldsOf(changed(base, path, []), current) == []

        where:
        base                                                                                   | path
        fullSpec()                                                                             | 'selectedItems.tagIds'
        fullSpec()                                                                             | 'excludedItems.virtualMachineIds'
        fullSpec()                                                                             | 'snapshotSettings.additionalTags'
        changed(changed(fullSpec(), 'identityId', 'org-1'), 'organizationSettings', [limitedScopeId: 'ou-1']) | 'organizationSettings.excludedMembers'
    }

    def "an organization policy whose script drops its scope is planned back to the whole organization"() {
        given:
        Map current = changed(changed(fullSpec(), 'identityId', 'org-1'), 'organizationSettings', [limitedScopeId: 'ou-1', excludedMembers: ['mem-1']])
        Map wanted = changed(current, 'organizationSettings', [excludedMembers: ['mem-1']])

        expect:
        fieldsOf(wanted, current)*.path() == ['organizationSettings.limitedScopeId']
        fieldsOf(wanted, current)[0].after() == null
    }

    def "the selection is declared whole: a null list there means none, and the plan shows what goes"() {
        given:
        Map wanted = changed(changed(fullSpec(), 'excludedItems', [virtualMachineIds: ['vm-3']]), 'selectedItems', [tagIds: ['tag-1']])

        when:
        PolicyChange change = plan([desired(wanted)], [live(fullSpec())]).changes()[0]

        then:
        change.fields() == [
                new FieldChange('selectedItems.virtualMachineIds', ['web-01', 'web-02'], []),
                new FieldChange('excludedItems.tagIds', ['backup=skip'], []),
                new FieldChange('excludedItems.excludedVolumes.excludeSystemVolumes', true, false),
                new FieldChange('excludedItems.excludedVolumes.excludedItems', ['vol-0aa11'], []),
        ]
        change.body().selectedItems() == spec(wanted).selectedItems()
        change.body().excludedItems() == spec(wanted).excludedItems()
    }

    def "a boolean absent on the appliance is false: #wanted in the script is #outcome"() {
        given:
        Map current = without(fullSpec(), 'snapshotSettings.tryCreateVSSSnapshot')

        expect:
        fieldsOf(changed(fullSpec(), 'snapshotSettings.tryCreateVSSSnapshot', wanted), current) == changes

        where:
        wanted | changes                                                                  | outcome
        false  | []                                                                       | 'no change'
        true   | [new FieldChange('snapshotSettings.tryCreateVSSSnapshot', false, true)] | 'a change from false'
    }

    def "a boolean inside a settings block the appliance lacks is false too"() {
        given:
        Map current = without(fullSpec(), 'notificationSettings')

        expect:
        fieldsOf(changed(without(fullSpec(), 'notificationSettings'), 'notificationSettings', [enableNotifications: false]), current) == []
        fieldsOf(changed(without(fullSpec(), 'notificationSettings'), 'notificationSettings', [enableNotifications: true]), current) ==
                [new FieldChange('notificationSettings.enableNotifications', false, true)]
    }

    def "an absent string equals an empty one"() {
        expect:
        fieldsOf(changed(fullSpec(), 'description', ''), without(fullSpec(), 'description')) == []
        fieldsOf(without(fullSpec(), 'description'), changed(fullSpec(), 'description', '')) == []
    }

    def "replica mappings are keyed by source region: a new order is no change"() {
        given:
        List<Map> routes = [[sourceRegionId: 'rg-1', targetRegionId: 'rg-3'], [sourceRegionId: 'rg-2', targetRegionId: 'rg-4']]

        expect:
        fieldsOf(changed(fullSpec(), 'replicaSettings.mapping', routes.reverse()), changed(fullSpec(), 'replicaSettings.mapping', routes)) == []
    }

    def "an added replica route shows each of its fields from nothing"() {
        given:
        List<Map> routes = fullSpec().replicaSettings.mapping + [[sourceRegionId: 'rg-2', targetRegionId: 'rg-4', targetIAMRoleId: 'acct-2']]

        expect:
        fieldsOf(changed(fullSpec(), 'replicaSettings.mapping', routes), fullSpec()) == [
                new FieldChange('replicaSettings.mapping[eu-west-1].targetRegionId', null, 'eu-central-1'),
                new FieldChange('replicaSettings.mapping[eu-west-1].targetIAMRoleId', null, 'dr-role'),
        ]
    }

    def "a removed replica route shows each of its fields going"() {
        expect:
        fieldsOf(changed(fullSpec(), 'replicaSettings.mapping', []), fullSpec()) == [
                new FieldChange('replicaSettings.mapping[us-east-1].targetRegionId', 'us-west-2', null),
                new FieldChange('replicaSettings.mapping[us-east-1].targetIAMRoleId', 'dr-role', null),
                new FieldChange('replicaSettings.mapping[us-east-1].encryptionKey', 'alias/dr', null),
                new FieldChange('replicaSettings.mapping[us-east-1].encryptOnlyEncryptedVolumes', true, null),
        ]
    }

    def "a route field the script leaves out is neither diffed nor dropped from the body"() {
        given:
        Map wanted = changed(fullSpec(), 'replicaSettings.mapping', [[sourceRegionId: 'rg-1', targetRegionId: 'rg-4']])

        when:
        PolicyChange change = plan([desired(wanted)], [live(fullSpec())]).changes()[0]

        then:
        change.fields() == [new FieldChange('replicaSettings.mapping[us-east-1].targetRegionId', 'us-west-2', 'eu-central-1')]
        with(change.body().replicaSettings().mapping()[0]) {
            targetRegionId() == 'rg-4'
            targetIAMRoleId() == 'acct-2'
            encryptionKey() == 'key-1'
            encryptOnlyEncryptedVolumes()
        }
    }

    def "two instances that share a name are told apart by ID, so swapping them shows"() {
        expect:
        fieldsOf(changed(fullSpec(), 'selectedItems.virtualMachineIds', ['vm-4', 'vm-2']), fullSpec()) ==
                [new FieldChange('selectedItems.virtualMachineIds', ['web-01 (vm-1)', 'web-02'], ['web-01 (vm-4)', 'web-02'])]
    }

    def "IDs are compared, not names: same-named instances in both lists are no change"() {
        given:
        Map current = changed(fullSpec(), 'selectedItems.virtualMachineIds', ['vm-1', 'vm-4'])

        expect:
        fieldsOf(changed(current, 'selectedItems.virtualMachineIds', ['vm-4', 'vm-1']), current) == []
    }

    def "an ID the inventory cannot name is shown as itself"() {
        expect:
        fieldsOf(changed(fullSpec(), 'slaTemplateId', 'sla-unknown'), fullSpec(), IdNames.IDS) ==
                [new FieldChange('slaTemplateId', 'sla-1', 'sla-unknown')]
        fieldsOf(changed(fullSpec(), 'slaTemplateId', 'sla-unknown'), fullSpec(), { IdKind k, String id -> null } as IdNames) ==
                [new FieldChange('slaTemplateId', 'sla-1', 'sla-unknown')]
    }

    def "a script that replicates one source region twice is refused, naming the policy and region"() {
        given:
        Map wanted = changed(fullSpec(), 'replicaSettings.mapping',
                [[sourceRegionId: 'rg-1', targetRegionId: 'rg-3'], [sourceRegionId: 'rg-1', targetRegionId: 'rg-4']])

        when:
        plan([desired(wanted)], [])

        then:
        PlanException e = thrown()
        e.message == "policy 'prod-web' in the scripts replicates source region us-east-1 twice; vbaws keys replica mappings by source region"
    }
}
