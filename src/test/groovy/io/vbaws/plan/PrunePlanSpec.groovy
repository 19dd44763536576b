package io.vbaws.plan

import io.vbaws.declaration.ProtectRule
import io.vbaws.declaration.ProtectionMark
import io.vbaws.declaration.SourceRef
import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** Live policies no script declares: listed as unmanaged, deleted only with prune, and when protected left alone with a note. */
class PrunePlanSpec extends Specification {

    def "without prune an undeclared live policy is listed as unmanaged and left alone"() {
        when:
        Plan plan = plan([desired(minimalSpec('mine'))], [live(minimalSpec('mine')), live(minimalSpec('legacy-nightly'))])

        then:
        plan.changes().isEmpty()
        plan.unmanaged() == ['legacy-nightly']
    }

    def "with prune an undeclared live policy is deleted, with its id and usn"() {
        when:
        Plan plan = plan([desired(minimalSpec('mine'))], [live(minimalSpec('mine')), live(minimalSpec('old'), [id: 'p-old', usn: 77])],
                [prune: true])

        then:
        plan.changes() == [new PolicyChange(ChangeAction.DELETE, 'old', 'p-old', 77L, null, [], 0, null)]
        plan.unmanaged() == []
        plan.summary().line() == 'Plan: 0 to add, 0 to change, 1 to delete.'
    }

    def "prune never deletes a declared policy"() {
        expect:
        plan([desired(minimalSpec('mine'))], [live(minimalSpec('mine'))], [prune: true]).isEmpty()
    }

    def "prune leaves a protected policy alone and the plan notes it, with where the protect rule is"() {
        given:
        ProtectRule rule = new ProtectRule('finance-db', new SourceRef('prod.groovy', 3, 0))

        when:
        Plan plan = plan([], [live(minimalSpec('finance-db')), live(minimalSpec('other'))], [prune: true], [rule])

        then:
        plan.changes()*.policy() == ['other']
        plan.changes()*.action() == [ChangeAction.DELETE]
        plan.protectedFromPrune() == [new ProtectedPolicy('finance-db', rule)]
        new TextPlanRenderer(false).render(plan).readLines()
                .contains('Protected, not deleted: finance-db (protect "finance-db" (prod.groovy, line 3))')
    }

    def "a protect glob covers every name it matches, and the rest are pruned"() {
        given:
        ProtectRule rule = new ProtectRule('legacy-*', SourceRef.ofFile('common.groovy'))

        when:
        Plan plan = plan([], [live(minimalSpec('legacy-a')), live(minimalSpec('legacy-b')), live(minimalSpec('new-c'))], [prune: true], [rule])

        then:
        plan.changes()*.policy() == ['new-c']
        plan.protectedFromPrune()*.policy() == ['legacy-a', 'legacy-b']
        plan.summary().line() == 'Plan: 0 to add, 0 to change, 1 to delete.'
        new TextPlanRenderer(false).render(plan).readLines()
                .contains('Protected, not deleted: legacy-a, legacy-b (protect "legacy-*" (common.groovy))')
    }

    def "without prune a protected undeclared policy is simply unmanaged"() {
        given:
        List rules = [new ProtectRule('finance-db', new SourceRef('prod.groovy', 3, 0))]

        expect:
        plan([], [live(minimalSpec('finance-db'))], [:], rules).unmanaged() == ['finance-db']
    }

    def "excluding a protected policy lets prune go ahead with the rest"() {
        given:
        List rules = [new ProtectRule('finance-db', new SourceRef('prod.groovy', 3, 0))]

        when:
        Plan plan = plan([], [live(minimalSpec('finance-db')), live(minimalSpec('old'))], [prune: true, excludes: ['finance-db']], rules)

        then:
        plan.changes()*.policy() == ['old']
        plan.changes()*.action() == [ChangeAction.DELETE]
    }

    def "a protected policy that is declared is never a delete candidate"() {
        given:
        List rules = [new ProtectRule('finance-db', new SourceRef('prod.groovy', 3, 0))]

        expect: 'the live policy already carries the mark protect true writes'
        plan([desired(minimalSpec('finance-db'), [protect: true])],
                [live(changed(minimalSpec('finance-db'), 'description', ProtectionMark.LINE))], [prune: true], rules).isEmpty()
    }
}
