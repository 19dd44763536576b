package io.vbaws.plan

import io.vbaws.declaration.ProtectRule
import io.vbaws.declaration.SourceRef
import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** Live policies no script declares: listed as unmanaged, deleted only with prune, never when protected. */
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

    def "prune refuses to delete a protected policy, naming it and where the protect rule is"() {
        given:
        List rules = [new ProtectRule('finance-db', new SourceRef('prod.groovy', 3, 0))]

        when:
        plan([], [live(minimalSpec('finance-db')), live(minimalSpec('other'))], [prune: true], rules)

        then:
        PlanException e = thrown()
        e.message == "refusing to delete protected policy 'finance-db' (protected at (prod.groovy, line 3)); remove the protect rule or --exclude it"
    }

    def "a protect glob covers every name it matches, and all refusals are named at once"() {
        given:
        List rules = [new ProtectRule('legacy-*', SourceRef.ofFile('common.groovy'))]

        when:
        plan([], [live(minimalSpec('legacy-a')), live(minimalSpec('legacy-b')), live(minimalSpec('new-c'))], [prune: true], rules)

        then:
        PlanException e = thrown()
        e.message == "refusing to delete protected policies 'legacy-a' (protected at (common.groovy)), 'legacy-b' (protected at (common.groovy)); remove the protect rules or --exclude them"
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

        expect:
        plan([desired(minimalSpec('finance-db'), [protect: true])], [live(minimalSpec('finance-db'))], [prune: true], rules).isEmpty()
    }
}
