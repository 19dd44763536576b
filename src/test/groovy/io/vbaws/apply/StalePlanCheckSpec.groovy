package io.vbaws.apply

import io.vbaws.api.model.SlaPolicy
import io.vbaws.plan.ChangeAction
import io.vbaws.plan.LiveVersion
import io.vbaws.plan.Plan
import io.vbaws.plan.PolicyChange
import io.vbaws.plan.SavedPlan
import spock.lang.Specification

import java.time.Instant

class StalePlanCheckSpec extends Specification {

    static SlaPolicy live(String id, String name, long usn) {
        new SlaPolicy(id, name, null, 1, true, null, usn, ['r'], 'AllItems', null, null, null, null, null, null, 'gold',
                null, null, null, null)
    }

    static SavedPlan saved(List<LiveVersion> read, List<PolicyChange> changes = []) {
        new SavedPlan('https://appliance:11005', 'sha256:abc', Instant.parse('2026-11-27T10:00:00Z'),
                new Plan(changes, [], null, read))
    }

    static PolicyChange create(String name) {
        new PolicyChange(ChangeAction.CREATE, name, null, null, null, [], 0, null)
    }

    StalePlanCheck check = new StalePlanCheck()

    def "a plan whose policies are unchanged is fresh"() {
        expect:
        check.problems(saved([new LiveVersion('prod-web', 'p1', 7), new LiveVersion('prod-db', 'p2', 9)]),
                [live('p1', 'prod-web', 7), live('p2', 'prod-db', 9), live('p3', 'other', 1)]).isEmpty()
    }

    def "a policy whose usn moved makes the plan stale, naming it and both usns"() {
        expect:
        check.problems(saved([new LiveVersion('prod-web', 'p1', 7), new LiveVersion('prod-db', 'p2', 9)]),
                [live('p1', 'prod-web', 8), live('p2', 'prod-db', 9)]) ==
                ["policy 'prod-web' changed on the appliance since the plan (usn 7, now 8)"]
    }

    def "a policy that vanished makes the plan stale"() {
        expect:
        check.problems(saved([new LiveVersion('prod-web', 'p1', 7)]), []) ==
                ["policy 'prod-web' no longer exists on the appliance"]
    }

    def "a same-named policy that appeared where the plan creates one makes it stale"() {
        expect:
        check.problems(saved([], [create('prod-app')]), [live('p9', 'prod-app', 30)]) ==
                ["a policy named 'prod-app' appeared on the appliance since the plan, which creates one"]
    }

    def "every problem is listed, not just the first"() {
        expect:
        check.problems(saved([new LiveVersion('a', 'p1', 1), new LiveVersion('b', 'p2', 2)], [create('c')]),
                [live('p2', 'b', 3), live('p3', 'c', 4)]).size() == 3
    }
}
