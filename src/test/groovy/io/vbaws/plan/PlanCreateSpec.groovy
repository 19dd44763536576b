package io.vbaws.plan

import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** A policy the appliance lacks is created with the whole desired body, and shows every value it sets. */
class PlanCreateSpec extends Specification {

    def "a policy missing from the appliance is created with its full body and no id or usn"() {
        when:
        Plan plan = plan([desired(fullSpec())], [])

        then:
        plan.changes().size() == 1
        with(plan.changes()[0]) {
            action() == ChangeAction.CREATE
            policy() == 'prod-web'
            id() == null
            usn() == null
            body() == spec(fullSpec())
            declaredAt().toString() == '(prod-web.groovy, line 3)'
        }
    }

    def "a create lists every value the script sets, in names, from nothing"() {
        when:
        List<FieldChange> fields = plan([desired(fullSpec())], []).changes()[0].fields()

        then:
        fields.every { it.before() == null }
        fields.find { it.path() == 'regionIds' }.after() == ['eu-west-1', 'us-east-1']
        fields.find { it.path() == 'identityId' }.after() == 'backup-prod'
        fields.find { it.path() == 'slaTemplateId' }.after() == 'gold'
        fields.find { it.path() == 'excludedItems.excludedVolumes.excludedItems' }.after() == ['vol-0aa11']
        fields.find { it.path() == 'snapshotSettings.additionalTags' }.after() == ['owner=platform']
        fields.find { it.path() == 'replicaSettings.mapping[us-east-1].encryptionKey' }.after() == 'alias/dr'
        fields.find { it.path() == 'snapshotSettings.snapshotScripts.linuxScripts.ignoreMissingScripts' }.after() == false
        fields.find { it.path() == 'excludedItems.excludedVolumes.excludeSystemVolumes' }.after() == true
        fields.every { !it.applianceDefault() }
        and: 'every field but the route entry (four route fields instead), three unset, and the protect mark the spec leaves off'
        fields*.path().size() == SpecField.ALL.size() - 1 + 4 - 3 - 1
        fields*.path().indexOf('replicaSettings.mapping[us-east-1].targetRegionId') == fields*.path().indexOf('replicaSettings.additionalTags') - 4
    }

    def "a minimal create shows only what the script declares, in the script's words, and the appliance's default marked"() {
        expect:
        plan([desired(minimalSpec())], []).changes()[0].fields() == [
                new FieldChange('identityId', 'account', null, 'backup-prod', false),
                new FieldChange('backupType', 'include', null, 'AllItems', false),
                new FieldChange('regionIds', 'regions', null, ['us-east-1'], false),
                new FieldChange('slaTemplateId', 'template', null, 'gold', false),
                new FieldChange('retrySettings.retryTimes', 'retries', null, 3, true),
        ]
    }

    def "a create does not show the exclusions the script never wrote: no system volumes excluded is no line"() {
        given: 'the selection a script without exclude resolves to: every exclusion empty or false'
        Map spec = changed(minimalSpec(), 'excludedItems.excludedVolumes', [excludeSystemVolumes: false, excludedItems: []])

        when:
        List<FieldChange> fields = plan([desired(spec)], []).changes()[0].fields()

        then:
        fields*.path().every { !it.startsWith('excludedItems') && !it.startsWith('selectedItems') }
    }

    def "a create of an organization policy names its identity with the word organization"() {
        given:
        Map spec = changed(changed(minimalSpec(), 'identityId', 'org-1'), 'organizationSettings', [limitedScopeId: 'ou-1'])

        expect:
        plan([desired(spec)], []).changes()[0].fields().find { it.path() == 'identityId' }.word() == 'organization'
    }

    def "a create with enabled false is a create followed by a disable of the new policy"() {
        when:
        Plan plan = plan([desired(minimalSpec(), [enabled: false])], [])

        then:
        plan.changes()*.action() == [ChangeAction.CREATE, ChangeAction.DISABLE]
        with(plan.changes()[1]) {
            policy() == 'minimal'
            id() == null
            usn() == null
            fields() == [new FieldChange('isEnabled', true, false)]
        }
        plan.summary().line() == 'Plan: 1 to add, 0 to change, 0 to delete.'
    }

    def "a create with enabled #enabled is only a create: the appliance creates policies enabled"() {
        expect:
        plan([desired(minimalSpec(), [enabled: enabled])], []).changes()*.action() == [ChangeAction.CREATE]

        where:
        enabled << [true, null]
    }
}
