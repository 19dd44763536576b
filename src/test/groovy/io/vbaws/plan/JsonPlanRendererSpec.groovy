package io.vbaws.plan

import groovy.json.JsonSlurper
import io.vbaws.declaration.SourceRef
import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** The --json plan follows the documented schema of docs/plan-json.md, key for key. */
class JsonPlanRendererSpec extends Specification {

    static Map json(Plan plan, PlanCosts costs = PlanCosts.NONE) {
        new JsonSlurper().parseText(new JsonPlanRenderer().render(plan, costs)) as Map
    }

    static Plan sample() {
        plan([desired(changed(fullSpec(), 'regionIds', ['rg-1']), [enabled: false]), desired(minimalSpec('new'), [priority: 1])],
                [live(fullSpec(), [id: 'p-1', usn: 42, priority: 1]), live(minimalSpec('old'), [id: 'p-2', usn: 7, priority: 2]),
                 live(minimalSpec('kept'), [priority: 3])],
                [prune: true, excludes: ['kept']])
    }

    def "the document has exactly the documented top-level keys, format version 1"() {
        when:
        Map doc = json(sample())

        then:
        doc.keySet() == ['format_version', 'changes', 'unmanaged', 'protected', 'summary'] as Set
        doc.format_version == '1'
    }

    def "each change has action, policy, id, usn, declared_at, fields, unchanged_fields and reason"() {
        when:
        List<Map> changes = json(sample()).changes

        then:
        changes*.keySet().every { it == ['action', 'policy', 'id', 'usn', 'declared_at', 'fields', 'unchanged_fields', 'reason'] as Set }
        changes.collect { [it.action, it.policy, it.id, it.usn] } == [
                ['update', 'prod-web', 'p-1', 42],
                ['create', 'new', null, null],
                ['disable', 'prod-web', 'p-1', 42],
                ['reorder', 'new', null, null],
                ['reorder', 'prod-web', 'p-1', 42],
                ['delete', 'old', 'p-2', 7],
        ]
        changes[0].declared_at == [file: 'prod-web.groovy', line: 3, column: 0]
        changes[5].declared_at == null
        changes*.reason == [null, null, null, null, 'new takes priority 1', null]
    }

    def "fields carry the API path, the script's word, before and after as JSON values in names, and whether the appliance defaults it"() {
        when:
        Map update = json(sample()).changes.find { it.action == 'update' }

        then:
        update.fields == [[path: 'regionIds', word: 'regions', before: ['eu-west-1', 'us-east-1'], after: ['us-east-1'], appliance_default: false]]
        update.unchanged_fields > 0
        json(sample()).changes.find { it.action == 'disable' }.fields == [[path: 'isEnabled', word: 'enabled', before: true, after: false, appliance_default: false]]
        json(sample()).changes.find { it.action == 'reorder' && it.policy == 'prod-web' }.fields == [[path: 'priority', word: 'priority', before: 1, after: 2, appliance_default: false]]
        json(sample()).changes.find { it.action == 'create' }.fields.find { it.path == 'retrySettings.retryTimes' } ==
                [path: 'retrySettings.retryTimes', word: 'retries', before: null, after: 3, appliance_default: true]
    }

    def "a policy --prune leaves alone because a protect rule names it is listed, with the rule and its place"() {
        given:
        def rule = new io.vbaws.declaration.ProtectRule('legacy-*', new SourceRef('prod.groovy', 2, 1))

        when:
        Map doc = json(plan([], [live(minimalSpec('legacy-nightly'))], [prune: true], [rule]))

        then:
        doc.changes == []
        doc.protected == [[policy: 'legacy-nightly', pattern: 'legacy-*', declared_at: [file: 'prod.groovy', line: 2, column: 1]]]
    }

    def "the summary counts each action and the policies of the summary line"() {
        expect:
        json(sample()).summary == [create: 1, update: 1, delete: 1, enable: 0, disable: 1, reorder: 2, to_add: 1, to_change: 1, to_delete: 1]
    }

    def "unmanaged policies are listed by name"() {
        expect:
        json(plan([], [live(minimalSpec('legacy-nightly')), live(minimalSpec('finance-db'))])).unmanaged == ['legacy-nightly', 'finance-db']
    }

    def "an empty plan is a document with no changes and zero counts"() {
        expect:
        json(new Plan([], [], null, [])) == [format_version: '1', changes: [], unmanaged: [], protected: [],
                                            summary       : [create: 0, update: 0, delete: 0, enable: 0, disable: 0, reorder: 0, to_add: 0, to_change: 0, to_delete: 0]]
    }

    def "costs add a cost member: per policy before, after and delta, the total, and the unknown"() {
        given:
        Plan plan = new Plan([new PolicyChange(ChangeAction.UPDATE, 'a', 'id-a', 1L, SourceRef.ofFile('a.groovy'), [], 0, null),
                              new PolicyChange(ChangeAction.CREATE, 'b', null, null, SourceRef.ofFile('b.groovy'), [], 0, null),
                              new PolicyChange(ChangeAction.UPDATE, 'c', 'id-c', 1L, SourceRef.ofFile('c.groovy'), [], 0, null)], [], null, [])
        PlanCosts costs = new PlanCosts([a: new PolicyCost(10.10, 12.30), b: new PolicyCost(null, 5)])

        when:
        Map cost = json(plan, costs).cost

        then:
        cost.policies == [[policy: 'a', before: 10.10, after: 12.30, delta: 2.20],
                          [policy: 'b', before: 0, after: 5, delta: 5],
                          [policy: 'c', before: null, after: null, delta: null]]
        cost.total == [before: 10.10, after: 17.30, delta: 7.20]
        cost.currency == 'USD'
        cost.unknown == ['c']
    }

    def "the same plan renders to the same text every time"() {
        expect:
        new JsonPlanRenderer().render(sample()) == new JsonPlanRenderer().render(sample())
    }
}
