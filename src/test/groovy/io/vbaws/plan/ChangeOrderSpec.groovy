package io.vbaws.plan

import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** Changes come in the order apply must run them: creates and updates, enable/disable, reorder, deletes. */
class ChangeOrderSpec extends Specification {

    def "creates and updates come first in declaration order, then enable and disable, then reorder, deletes last"() {
        given:
        List policies = [
                desired(minimalSpec('switch-off'), [enabled: false]),
                desired(minimalSpec('new-one'), [enabled: false]),
                desired(changed(minimalSpec('edited'), 'description', 'new')),
                desired(minimalSpec('moved'), [priority: 1]),
                desired(minimalSpec('switch-on'), [enabled: true]),
        ]
        List live = [
                live(minimalSpec('old'), [priority: 1]),
                live(minimalSpec('switch-off'), [priority: 2, isEnabled: true]),
                live(minimalSpec('edited'), [priority: 3]),
                live(minimalSpec('switch-on'), [priority: 4, isEnabled: false]),
                live(minimalSpec('moved'), [priority: 5]),
        ]

        when:
        Plan plan = plan(policies, live, [prune: true])

        then:
        plan.changes().collect { "${it.action().word()} ${it.policy()}".toString() } == [
                'create new-one', 'update edited',
                'disable switch-off', 'disable new-one', 'enable switch-on',
                'reorder moved',
                'delete old',
        ]

        and: 'with old gone, the others keep their numbers: only moved is reordered'
        plan.summary() == new PlanSummary(1, 1, 1, 1, 2, 1, 1, 4, 1)
        plan.summary().line() == 'Plan: 1 to add, 4 to change, 1 to delete.'
    }

    def "the changed policies are listed once each, in plan order, for fetching costs"() {
        when:
        Plan plan = plan([desired(changed(minimalSpec('a'), 'description', 'x'), [enabled: false]), desired(minimalSpec('b'))],
                [live(minimalSpec('a'))])

        then:
        plan.changedPolicies() == ['a', 'b']
    }

    def "nothing to do is an empty plan with the no-changes line"() {
        when:
        Plan plan = plan([desired(fullSpec())], [live(fullSpec())])

        then:
        plan.isEmpty()
        plan.summary().isEmpty()
        plan.summary().line() == 'No changes. The appliance matches the scripts.'
    }
}
