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
        fields*.path().size() == SpecField.ALL.size() - 1 + 4 - 2
        fields*.path().indexOf('replicaSettings.mapping[us-east-1].targetRegionId') == fields*.path().indexOf('replicaSettings.additionalTags') - 4
    }

    def "a minimal create shows only what is set, leaving empty lists out"() {
        expect:
        plan([desired(minimalSpec())], []).changes()[0].fields() == [
                new FieldChange('identityId', null, 'backup-prod'),
                new FieldChange('backupType', null, 'AllItems'),
                new FieldChange('regionIds', null, ['us-east-1']),
                new FieldChange('slaTemplateId', null, 'gold'),
        ]
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
