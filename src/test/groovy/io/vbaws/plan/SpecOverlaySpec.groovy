package io.vbaws.plan

import io.vbaws.api.model.SlaPolicySpec
import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** The body of an update: the live spec with every non-null desired field laid over it, recursively. */
class SpecOverlaySpec extends Specification {

    SpecOverlay overlay = new SpecOverlay()

    /** The full spec's selection and nothing else: what is always set. */
    static Map selectionOnly() {
        [name: 'prod-web', backupType: 'SelectedItems', selectedItems: fullSpec().selectedItems, excludedItems: fullSpec().excludedItems]
    }

    def "a desired spec that sets nothing but the selection leaves every other live value in place"() {
        expect:
        overlay.overlay(live(fullSpec()), spec(selectionOnly())) == spec(fullSpec())
    }

    def "a full desired spec replaces everything"() {
        given:
        Map wanted = fullSpec('prod-web')
        wanted.description = 'other'
        wanted.retrySettings.retryTimes = 9

        expect:
        overlay.overlay(live(minimalSpec('prod-web')), spec(wanted)) == spec(wanted)
    }

    def "nested settings merge field by field: #path set, its siblings kept"() {
        given:
        Map wanted = changed(selectionOnly(), path, value)
        SlaPolicySpec body = overlay.overlay(live(fullSpec()), spec(wanted))

        expect: 'the body is the live spec with exactly that one value changed'
        body == spec(changed(fullSpec(), path, value))

        where:
        path                                                         | value
        'snapshotSettings.snapshotScripts.linuxScripts.preSnapshotScript' | '/new/pre.sh'
        'snapshotSettings.snapshotScripts.windowsScripts.enabled'   | false
        'snapshotSettings.tryCreateVSSSnapshot'                     | false
        'snapshotSettings.additionalTags'                           | [[key: 'k', value: 'v']]
        'replicaSettings.copyTagsFromVolumeEnabled'                 | false
        'replicaSettings.additionalTags'                            | []
        'retrySettings.retryTimes'                                  | 7
        'notificationSettings.sendOnSpecificTime'                   | '23:00'
        'productionWorkersSettings.workerRoleId'                    | 'acct-4'
        'description'                                               | 'new'
        'regionIds'                                                 | ['rg-4']
        'storageTemplateId'                                         | 'st-2'
    }

    def "organization settings are declared whole: a desired scope of null is the whole organization"() {
        given:
        Map current = changed(changed(fullSpec(), 'identityId', 'org-1'), 'organizationSettings', [limitedScopeId: 'ou-1', excludedMembers: ['mem-1']])
        Map wanted = changed(changed(selectionOnly(), 'organizationSettings', [excludedMembers: ['mem-2']]), 'identityId', 'org-1')

        expect:
        overlay.overlay(live(current), spec(wanted)) == spec(changed(current, 'organizationSettings', [excludedMembers: ['mem-2']]))
    }

    def "the selection replaces the live one whole, since a resolved policy declares it whole"() {
        given:
        Map wanted = changed(changed(minimalSpec('prod-web'), 'selectedItems', [tagIds: ['tag-3']]), 'excludedItems', [virtualMachineIds: []])

        when:
        SlaPolicySpec body = overlay.overlay(live(fullSpec()), spec(wanted))

        then:
        body.backupType() == 'AllItems'
        body.selectedItems() == spec(wanted).selectedItems()
        body.excludedItems() == spec(wanted).excludedItems()
        body.excludedItems().excludedVolumes() == null
    }

    def "a selection block the desired spec lacks means none: the live one does not survive"() {
        expect:
        overlay.overlay(live(fullSpec()), spec(without(selectionOnly(), 'excludedItems'))).excludedItems() == null
        overlay.overlay(live(fullSpec()), spec(without(selectionOnly(), 'selectedItems'))).selectedItems() == null
    }

    def "replica routes are merged by source region: the desired list decides which routes exist"() {
        given:
        List current = [[sourceRegionId: 'rg-1', targetRegionId: 'rg-3', targetIAMRoleId: 'acct-2', encryptionKey: 'key-1'],
                        [sourceRegionId: 'rg-2', targetRegionId: 'rg-4', targetIAMRoleId: 'acct-2']]
        List wanted = [[sourceRegionId: 'rg-4', targetRegionId: 'rg-1'], [sourceRegionId: 'rg-1', encryptionKey: 'key-2']]

        when:
        SlaPolicySpec body = overlay.overlay(live(changed(fullSpec(), 'replicaSettings.mapping', current)),
                spec(changed(minimalSpec('prod-web'), 'replicaSettings', [mapping: wanted])))

        then:
        body.replicaSettings().mapping().collect { [it.sourceRegionId(), it.targetRegionId(), it.targetIAMRoleId(), it.encryptionKey()] } == [
                ['rg-4', 'rg-1', null, null],
                ['rg-1', 'rg-3', 'acct-2', 'key-2'],
        ]
        body.replicaSettings().additionalTags() == spec(fullSpec()).replicaSettings().additionalTags()
    }

    def "moving an organization policy to an IAM role drops the organization settings from the body"() {
        given:
        Map current = changed(changed(fullSpec(), 'identityId', 'org-1'), 'organizationSettings', [limitedScopeId: 'ou-1', excludedMembers: ['mem-1']])

        expect:
        overlay.overlay(live(current), spec(changed(minimalSpec('prod-web'), 'identityId', 'acct-1'))).organizationSettings() == null
        overlay.overlay(live(current), spec(without(minimalSpec('prod-web'), 'identityId'))).organizationSettings() != null
    }

    def "diffing the body against the live policy shows exactly the changes of the desired spec (#path)"() {
        given: 'a desired spec that sets only some fields, with one changed'
        Map wanted = changed(changed(minimalSpec('prod-web'), 'selectedItems', fullSpec().selectedItems), 'excludedItems', fullSpec().excludedItems)
        wanted.backupType = 'SelectedItems'
        wanted.regionIds = fullSpec().regionIds
        wanted = changed(wanted, path, value)
        def current = live(fullSpec())
        PolicyDiff diff = new PolicyDiff(NAMED)

        when:
        SlaPolicySpec body = overlay.overlay(current, spec(wanted))

        then: 'nothing the plan does not show can reach the appliance'
        diff.between(body, current).changes() == diff.between(spec(wanted), current).changes()
        !diff.between(spec(wanted), current).isEmpty()

        where:
        path                                                      | value
        'description'                                             | 'changed'
        'replicaSettings.mapping'                                 | [[sourceRegionId: 'rg-2', targetRegionId: 'rg-1']]
        'snapshotSettings.snapshotScripts.linuxScripts.enabled'   | false
        'excludedItems.excludedVolumes'                           | null
        'excludedItems'                                           | null
        'identityId'                                              | 'acct-4'
        'notificationSettings'                                    | [email: 'x@example.com']
    }
}
