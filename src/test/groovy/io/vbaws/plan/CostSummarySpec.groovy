package io.vbaws.plan

import io.vbaws.declaration.SourceRef
import spock.lang.Specification

/** Cost lines per changed policy, and totals that compare like with like. */
class CostSummarySpec extends Specification {

    static PolicyChange change(ChangeAction action, String policy) {
        new PolicyChange(action, policy, action == ChangeAction.CREATE ? null : "id-$policy".toString(), null, SourceRef.ofFile('f'), [], 0, null)
    }

    static Plan planOf(PolicyChange... changes) {
        new Plan(changes as List, [], null, [])
    }

    def "one row per changed policy in plan order, and totals of the known figures"() {
        given:
        Plan plan = planOf(change(ChangeAction.UPDATE, 'a'), change(ChangeAction.DISABLE, 'a'), change(ChangeAction.UPDATE, 'b'))
        PlanCosts costs = new PlanCosts([a: new PolicyCost(1.25, 2.50), b: new PolicyCost(10, 7), unrelated: new PolicyCost(100, 200)])

        when:
        CostSummary summary = CostSummary.of(plan, costs)

        then:
        summary.rows() == [new CostSummary.Row('a', 1.25, 2.50), new CostSummary.Row('b', 10, 7)]
        summary.totalBefore() == 11.25
        summary.totalAfter() == 9.50
        summary.totalDelta() == -1.75
        summary.unknown() == []
    }

    def "a created policy costs nothing before and a deleted one nothing after"() {
        given:
        Plan plan = planOf(change(ChangeAction.CREATE, 'new'), change(ChangeAction.DELETE, 'old'))
        PlanCosts costs = new PlanCosts([new: new PolicyCost(99, 5), old: new PolicyCost(3, 99)])

        when:
        CostSummary summary = CostSummary.of(plan, costs)

        then:
        summary.rows() == [new CostSummary.Row('new', 0, 5), new CostSummary.Row('old', 3, 0)]
        summary.totalBefore() == 3
        summary.totalAfter() == 5
    }

    def "a policy with a figure unknown is left out of both totals and named"() {
        given:
        Plan plan = planOf(change(ChangeAction.UPDATE, 'a'), change(ChangeAction.UPDATE, 'half'), change(ChangeAction.UPDATE, 'none'))
        PlanCosts costs = new PlanCosts([a: new PolicyCost(1, 2), half: new PolicyCost(5, null)])

        when:
        CostSummary summary = CostSummary.of(plan, costs)

        then:
        summary.rows()*.delta() == [1, null, null]
        summary.totalBefore() == 1
        summary.totalAfter() == 2
        summary.unknown() == ['half', 'none']
    }
}
