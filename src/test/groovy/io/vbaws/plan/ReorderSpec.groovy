package io.vbaws.plan

import io.vbaws.api.model.PolicyPriority
import io.vbaws.api.model.SlaPolicy
import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** Explicit priorities take their positions; everything else keeps its relative order around them. */
class ReorderSpec extends Specification {

    /** Live policies named and numbered in the given order, 1..N. */
    static List<SlaPolicy> estate(List<String> names) {
        names.withIndex().collect { String name, int i -> live(minimalSpec(name), [id: "id-$name".toString(), priority: i + 1, usn: 100 + i]) }
    }

    static Map<String, Integer> moves(Plan plan) {
        plan.changes().findAll { it.action() == ChangeAction.REORDER }.collectEntries { [it.policy(), it.fields()[0].after()] }
    }

    static List<String> finalOrder(Plan plan) {
        plan.priorityOrder().priorities().sort(false) { it.priority() }*.policy()
    }

    def "no explicit priority plans no reorder, even when the appliance's numbers have gaps"() {
        given:
        List<SlaPolicy> live = [live(minimalSpec('a'), [priority: 1]), live(minimalSpec('b'), [priority: 5]), live(minimalSpec('c'), [priority: 9])]

        when:
        Plan plan = plan(live.collect { desired(minimalSpec(it.name())) }, live)

        then:
        plan.priorityOrder() == null
        plan.changes().isEmpty()
    }

    def "an explicit priority takes its position and the others keep their relative order"() {
        given:
        List<SlaPolicy> live = estate(['a', 'b', 'c', 'd'])

        when:
        Plan plan = plan([desired(minimalSpec('d'), [priority: 2])], live)

        then:
        finalOrder(plan) == ['a', 'd', 'b', 'c']
        moves(plan) == [d: 2, b: 3, c: 4]
        plan.changes().find { it.policy() == 'd' }.fields() == [new FieldChange('priority', 4, 2)]
        plan.changes().find { it.policy() == 'b' }.with { [it.id(), it.usn(), it.declaredAt()] } == ['id-b', 101L, null]
        plan.changes().find { it.policy() == 'd' }.declaredAt().toString() == '(d.groovy, line 3)'
    }

    def "each policy no script places says why it moves: which placed policy crossed it"() {
        given:
        List<SlaPolicy> live = estate(['a', 'b', 'c', 'd'])

        when:
        Plan plan = plan([desired(minimalSpec('d'), [priority: 2]), desired(minimalSpec('a'), [priority: 4])], live)
        Map reasons = plan.changes().collectEntries { [it.policy(), it.reason()] }

        then:
        finalOrder(plan) == ['b', 'd', 'c', 'a']
        reasons == [b: 'a moves to priority 4', d: null, a: null]
        plan.changes().find { it.policy() == 'b' }.priorityMove() == new PriorityMove(2, 1)
    }

    def "a policy created with a priority pushes the others down"() {
        given:
        List<SlaPolicy> live = estate(['a', 'b'])

        when:
        Plan plan = plan([desired(minimalSpec('new'), [priority: 1])], live)

        then:
        finalOrder(plan) == ['new', 'a', 'b']
        plan.changes().findAll { it.action() == ChangeAction.REORDER }.collect { [it.policy(), it.priorityMove(), it.reason()] } == [
                ['new', new PriorityMove(null, 1), null], ['a', new PriorityMove(1, 2), 'new takes priority 1'],
                ['b', new PriorityMove(2, 3), 'new takes priority 1']]
    }

    def "a policy deleted above another is among the reasons it moves"() {
        given:
        List<SlaPolicy> live = estate(['old', 'a', 'b', 'c'])

        when:
        Plan plan = plan([desired(minimalSpec('b'), [priority: 3]), desired(minimalSpec('a')), desired(minimalSpec('c'))],
                live, [prune: true])

        then:
        finalOrder(plan) == ['a', 'c', 'b', 'old']
        plan.changes().findAll { it.action() == ChangeAction.REORDER }.collectEntries { [it.policy(), it.reason()] } ==
                [a: 'old is deleted', c: 'b moves to priority 3; old is deleted']
    }

    def "--target narrows the reorders to the shifts the target forces, each with its reason"() {
        given: 'two scripts place policies; only one is targeted'
        List<SlaPolicy> live = estate(['x', 'y', 'z'])

        when:
        Plan plan = plan([desired(minimalSpec('prod-web'), [priority: 1]), desired(minimalSpec('z'), [priority: 1])],
                live, [targets: ['prod-web']])

        then: 'z keeps its place among the others: its script was not targeted'
        plan.changes().findAll { it.action() == ChangeAction.REORDER }.collect { [it.policy(), it.reason()] } == [
                ['prod-web', null], ['x', 'prod-web takes priority 1'], ['y', 'prod-web takes priority 1'], ['z', 'prod-web takes priority 1']]
        finalOrder(plan) == ['prod-web', 'x', 'y', 'z']
    }

    def "a priority the appliance already has plans nothing"() {
        given:
        List<SlaPolicy> live = estate(['a', 'b', 'c'])

        expect:
        plan([desired(minimalSpec('b'), [priority: 2])], live).isEmpty()
    }

    def "several explicit priorities, managed policies without one and unmanaged ones"() {
        given:
        List<SlaPolicy> live = estate(['u1', 'm1', 'u2', 'p1', 'm2', 'p2'])
        List policies = [desired(minimalSpec('p1'), [priority: 1]), desired(minimalSpec('p2'), [priority: 3]),
                         desired(minimalSpec('m1')), desired(minimalSpec('m2'))]

        when:
        Plan plan = plan(policies, live)

        then: 'p1 first, p2 third, and u1, m1, u2, m2 fill 2, 4, 5, 6 in their old order'
        finalOrder(plan) == ['p1', 'u1', 'p2', 'm1', 'u2', 'm2']
        moves(plan) == [p1: 1, u1: 2, p2: 3, m1: 4, u2: 5, m2: 6]
        plan.summary().toChange() == 6
    }

    def "the order is complete, numbered 1..N, and names a policy to create by name with no id"() {
        given:
        List<SlaPolicy> live = estate(['a', 'b'])

        when:
        Plan plan = plan([desired(minimalSpec('new'), [priority: 1])], live)

        then:
        plan.priorityOrder().priorities() == [new PlannedPriority('new', null, 1), new PlannedPriority('a', 'id-a', 2),
                                              new PlannedPriority('b', 'id-b', 3)]
        plan.changes()*.action() == [ChangeAction.CREATE, ChangeAction.REORDER, ChangeAction.REORDER, ChangeAction.REORDER]
        plan.changes().find { it.action() == ChangeAction.REORDER && it.policy() == 'new' }.fields() == [new FieldChange('priority', null, 1)]
        plan.priorityOrder().toRequest { it == 'new' ? 'id-new' : null }.priorities() ==
                [new PolicyPriority('id-new', 1), new PolicyPriority('id-a', 2), new PolicyPriority('id-b', 3)]
    }

    def "a create with an explicit priority at the end still gets the order call, since parallel creates land in any order"() {
        when:
        Plan plan = plan([desired(minimalSpec('x'), [priority: 3]), desired(minimalSpec('y'))], estate(['a', 'b']))

        then:
        finalOrder(plan) == ['a', 'b', 'x', 'y']
        moves(plan) == [x: 3]
    }

    def "a priority beyond the number of policies means last"() {
        when:
        Plan plan = plan([desired(minimalSpec('a'), [priority: 10])], estate(['a', 'b', 'c']))

        then:
        finalOrder(plan) == ['b', 'c', 'a']
        moves(plan) == [b: 1, c: 2, a: 3]
    }

    def "positions are counted after deletes; policies to delete come last in the order call"() {
        given:
        List<SlaPolicy> live = estate(['a', 'gone', 'b', 'c'])

        when:
        Plan plan = plan([desired(minimalSpec('a')), desired(minimalSpec('b')), desired(minimalSpec('c'), [priority: 1])], live, [prune: true])

        then:
        plan.priorityOrder().priorities()*.policy() == ['c', 'a', 'b', 'gone']
        plan.priorityOrder().priorities()*.priority() == [1, 2, 3, 4]
        moves(plan) == [c: 1, a: 2]
    }

    def "a delete alone reorders nothing: closing the gap is the appliance's"() {
        when:
        Plan plan = plan([desired(minimalSpec('a')), desired(minimalSpec('b'))], estate(['a', 'gone', 'b']), [prune: true])

        then:
        plan.priorityOrder() == null
        plan.changes()*.action() == [ChangeAction.DELETE]
    }

    def "policies outside --target keep their relative order like unmanaged ones, and their priorities are not applied"() {
        when:
        Plan plan = plan([desired(minimalSpec('a'), [priority: 3]), desired(minimalSpec('c'), [priority: 1])], estate(['a', 'b', 'c']),
                [targets: ['a']])

        then:
        finalOrder(plan) == ['b', 'c', 'a']
    }

    def "two desired policies with the same priority is an error naming both"() {
        when:
        plan([desired(minimalSpec('one'), [priority: 2, line: 4]), desired(minimalSpec('two'), [priority: 2, line: 9])], [])

        then:
        PlanException e = thrown()
        e.message == "priority 2 is declared twice: by policy 'one' (one.groovy, line 4) and by policy 'two' (two.groovy, line 9)"
    }

    def "a priority below 1 is an error naming the policy"() {
        when:
        plan([desired(minimalSpec('zero'), [priority: 0])], [])

        then:
        PlanException e = thrown()
        e.message.contains("priority 0 of policy 'zero' (zero.groovy, line 3)")
    }

    def "a second plan after the reorder is applied is empty"() {
        given:
        List policies = [desired(minimalSpec('c'), [priority: 1]), desired(minimalSpec('a')), desired(minimalSpec('b'))]
        Plan first = plan(policies, estate(['a', 'b', 'c']))

        expect:
        plan(policies, estate(finalOrder(first))).isEmpty()
    }
}
