package io.vbaws.plan
import io.vbaws.text.NameGlob

import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** --target and --exclude narrow which policies, desired and live, a plan considers at all. */
class ScopeSpec extends Specification {

    def "glob '#pattern' #verdict '#name'"() {
        expect:
        new NameGlob(pattern).matches(name) == matches

        where:
        pattern     | name             || matches
        'prod-web'  | 'prod-web'       || true
        'prod-web'  | 'prod-web2'      || false
        'prod-*'    | 'prod-web'       || true
        'prod-*'    | 'prod-'          || true
        'prod-*'    | 'dev-web'        || false
        '*-db'      | 'finance-db'     || true
        '*-db'      | 'finance-db-old' || false
        'p?od'      | 'prod'           || true
        'p?od'      | 'pod'            || false
        '*'         | ''               || true
        '*a*b*'     | 'xxaxxbxx'       || true
        '*a*b*'     | 'xxbxxaxx'       || false
        'a.b'       | 'axb'            || false
        'Prod'      | 'prod'           || false
        verdict = matches ? 'matches' : 'does not match'
    }

    def "--target considers only matching policies: other creates, updates and deletes are not planned"() {
        given:
        List policies = [desired(minimalSpec('prod-web')), desired(changed(minimalSpec('prod-db'), 'description', 'new')),
                         desired(changed(minimalSpec('dev-web'), 'description', 'new'))]
        List live = [live(changed(minimalSpec('prod-db'), 'description', 'old')), live(changed(minimalSpec('dev-web'), 'description', 'old')),
                     live(minimalSpec('prod-legacy')), live(minimalSpec('dev-legacy'))]

        when:
        Plan plan = plan(policies, live, [targets: ['prod-*'], prune: true])

        then:
        plan.changes().collect { "${it.action().word()} ${it.policy()}".toString() } == ['create prod-web', 'update prod-db', 'delete prod-legacy']
    }

    def "a --target or --exclude that matches no declared and no live policy is an error naming it, with the closest names"() {
        given:
        List policies = [desired(minimalSpec('prod-web'))]
        List live = [live(minimalSpec('finance-db')), live(minimalSpec('dev-web'))]

        when:
        plan(policies, live, options)

        then:
        PlanException e = thrown()
        e.problems() == problems

        where:
        options                                  || problems
        [targets: ['prod-wbe']]                  || ['--target prod-wbe matches no policy, declared or on the appliance; did you mean "prod-web"?']
        [targets: ['qa-*'], excludes: ['dev-wbe']] || ['--target qa-* matches no policy, declared or on the appliance',
                                                     '--exclude dev-wbe matches no policy, declared or on the appliance; did you mean "dev-web"?']
    }

    def "a --target that matches only a declared policy or only a live one is no error"() {
        expect:
        plan([desired(minimalSpec('prod-web'))], [live(minimalSpec('prod-db'))], [targets: ['prod-web', 'prod-db']]) != null
    }

    def "--exclude removes matching policies from consideration, desired and live"() {
        given:
        List policies = [desired(minimalSpec('prod-web')), desired(changed(minimalSpec('prod-db'), 'description', 'new'))]
        List live = [live(changed(minimalSpec('prod-db'), 'description', 'old')), live(minimalSpec('sandbox-weekly'))]

        when:
        Plan plan = plan(policies, live, [excludes: ['*-db', 'sandbox-*'], prune: true])

        then:
        plan.changes().collect { "${it.action().word()} ${it.policy()}".toString() } == ['create prod-web']
        plan.unmanaged() == []
    }

    def "unmanaged lists only the live policies in scope"() {
        expect:
        plan([], [live(minimalSpec('a-1')), live(minimalSpec('b-1'))], [targets: ['a-*']]).unmanaged() == ['a-1']
    }

    def "several targets are alternatives"() {
        expect:
        plan([desired(minimalSpec('a')), desired(minimalSpec('b')), desired(minimalSpec('c'))], [], [targets: ['a', 'c']])
                .changes()*.policy() == ['a', 'c']
    }

    def "the usn of every live policy read is recorded, in scope or not, for the stale-plan check"() {
        when:
        Plan plan = plan([desired(minimalSpec('a'))], [live(minimalSpec('a'), [id: 'p-a', usn: 3]), live(minimalSpec('b'), [id: 'p-b', usn: 8])],
                [targets: ['a']])

        then:
        plan.liveVersions() == [new LiveVersion('a', 'p-a', 3L), new LiveVersion('b', 'p-b', 8L)]
    }

    def "two live policies with one name in scope cannot be matched and are refused"() {
        when:
        plan([desired(minimalSpec('twin'))], [live(minimalSpec('twin'), [id: 'p-1']), live(minimalSpec('twin'), [id: 'p-2'])])

        then:
        PlanException e = thrown()
        e.message.contains("two policies named 'twin' (IDs p-1 and p-2)")
    }

    def "two live policies with one name out of scope do not stop the plan"() {
        expect:
        plan([desired(minimalSpec('a'))], [live(minimalSpec('twin'), [id: 'p-1']), live(minimalSpec('twin'), [id: 'p-2'])],
                [excludes: ['twin']]).changes()*.action() == [ChangeAction.CREATE]
    }

    def "a policy declared twice is refused, naming both places"() {
        when:
        plan([desired(minimalSpec('dup'), [line: 2]), desired(minimalSpec('dup'), [line: 8])], [])

        then:
        PlanException e = thrown()
        e.message == "policy 'dup' is declared twice: (dup.groovy, line 2) and (dup.groovy, line 8)"
    }
}
