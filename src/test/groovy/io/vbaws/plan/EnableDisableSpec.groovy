package io.vbaws.plan

import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** The script's {@code enabled} against the appliance's {@code isEnabled}: separate enable and disable steps. */
class EnableDisableSpec extends Specification {

    def "a disabled policy the script enables gets an enable step with its id and usn"() {
        when:
        Plan plan = plan([desired(minimalSpec(), [enabled: true])], [live(minimalSpec(), [id: 'p-9', usn: 5, isEnabled: false])])

        then:
        plan.changes() == [new PolicyChange(ChangeAction.ENABLE, 'minimal', 'p-9', 5L, desired(minimalSpec()).declaredAt(),
                [new FieldChange('isEnabled', false, true)], 0, null)]
    }

    def "an enabled policy the script disables gets a disable step"() {
        when:
        Plan plan = plan([desired(minimalSpec(), [enabled: false])], [live(minimalSpec(), [isEnabled: true])])

        then:
        plan.changes()*.action() == [ChangeAction.DISABLE]
        plan.changes()[0].fields() == [new FieldChange('isEnabled', true, false)]
    }

    def "enabled #enabled against isEnabled #isEnabled plans #actions"() {
        expect:
        plan([desired(minimalSpec(), [enabled: enabled])], [live(minimalSpec(), [isEnabled: isEnabled])]).changes()*.action() == actions

        where:
        enabled | isEnabled || actions
        null    | true      || []
        null    | false     || []
        true    | true      || []
        false   | false     || []
        true    | null      || [ChangeAction.ENABLE]
        false   | null      || []
    }

    def "an update and a disable of one policy are two steps but one policy to change"() {
        when:
        Plan plan = plan([desired(changed(minimalSpec(), 'description', 'x'), [enabled: false])], [live(minimalSpec())])

        then:
        plan.changes()*.action() == [ChangeAction.UPDATE, ChangeAction.DISABLE]
        plan.summary().line() == 'Plan: 0 to add, 1 to change, 0 to delete.'
    }
}
