package io.vbaws.plan

import io.vbaws.declaration.SourceRef
import spock.lang.Specification

import static io.vbaws.plan.PlanFixtures.*

/** The text plan: marks, headings with places, fields as path: before -> after, folding, summary. */
class TextPlanRendererSpec extends Specification {

    static final String ESC = '\u001B'
    static final SourceRef AT = new SourceRef('prod.groovy', 12, 0)

    static PolicyChange change(ChangeAction action, String policy, List<FieldChange> fields = [], Map extra = [:]) {
        Map args = [id: action == ChangeAction.CREATE ? null : "id-$policy".toString(), usn: action == ChangeAction.CREATE ? null : 4L,
                    at: AT, unchanged: 0] + extra
        new PolicyChange(action, policy, args.id as String, args.usn as Long, args.at as SourceRef, fields, args.unchanged as int, null)
    }

    static Plan planOf(List<PolicyChange> changes, List<String> unmanaged = []) {
        new Plan(changes, unmanaged, null, [])
    }

    static String text(Plan plan, boolean colour = false, PlanCosts costs = PlanCosts.NONE) {
        new TextPlanRenderer(colour).render(plan, costs)
    }

    def "each change is headed by its mark, the policy name, what happens and where it is declared"() {
        given:
        Plan plan = planOf([
                change(ChangeAction.CREATE, 'new-web', [new FieldChange('regionIds', null, ['us-east-1'])]),
                change(ChangeAction.UPDATE, 'edited', [new FieldChange('description', 'a', 'b')], [unchanged: 3]),
                change(ChangeAction.ENABLE, 'on', [new FieldChange('isEnabled', false, true)]),
                change(ChangeAction.DISABLE, 'off', [new FieldChange('isEnabled', true, false)]),
                change(ChangeAction.DISABLE, 'new-web', [new FieldChange('isEnabled', true, false)], [id: null, usn: null]),
                change(ChangeAction.REORDER, 'moved', [new FieldChange('priority', 3, 1)]),
                change(ChangeAction.REORDER, 'new-web', [new FieldChange('priority', null, 2)], [id: null, usn: null]),
                change(ChangeAction.REORDER, 'legacy', [new FieldChange('priority', 1, 3)], [at: null]),
                change(ChangeAction.DELETE, 'old', [], [at: null]),
        ])

        when:
        List<String> lines = text(plan).readLines()

        then:
        lines.contains('  + new-web  will be created  (prod.groovy, line 12)')
        lines.contains('  ~ edited  will be updated in place  (prod.groovy, line 12)')
        lines.contains('  ^ on  will be enabled  (prod.groovy, line 12)')
        lines.contains('  v off  will be disabled  (prod.groovy, line 12)')
        lines.contains('  v new-web  will be disabled once created  (prod.groovy, line 12)')
        lines.contains('  # moved  will move from priority 3 to 1  (prod.groovy, line 12)')
        lines.contains('  # new-web  will take priority 2  (prod.groovy, line 12)')
        lines.contains('  # legacy  will move from priority 1 to 3  (in no script)')
        lines.contains('  - old  will be deleted  (in no script)')
        lines.last() == 'Plan: 1 to add, 5 to change, 1 to delete.'
    }

    def "the headings come in plan order"() {
        given:
        Plan plan = planOf([change(ChangeAction.CREATE, 'b'), change(ChangeAction.UPDATE, 'a'), change(ChangeAction.DELETE, 'c')])

        expect:
        text(plan).readLines().findAll { it ==~ /  [-+~] .*/ }*.substring(4, 5) == ['b', 'a', 'c']
    }

    def "an update shows each field in the script's words as word: before -> after, values quoted, lists bracketed, absence as (none), a removal as - word: before"() {
        given:
        Plan plan = planOf([change(ChangeAction.UPDATE, 'p', [
                new FieldChange('description', 'old text', 'new "quoted" text'),
                new FieldChange('regionIds', ['us-east-1'], ['eu-west-1', 'us-east-1']),
                new FieldChange('retrySettings.retryTimes', null, 3),
                new FieldChange('snapshotSettings.tryCreateVSSSnapshot', false, true),
                new FieldChange('replicaSettings.mapping[us-east-1].targetRegionId', 'us-west-2', null),
        ])])

        expect:
        text(plan).readLines().containsAll([
                '      ~ description: "old text" -> "new \\"quoted\\" text"',
                '      ~ regions: ["us-east-1"] -> ["eu-west-1", "us-east-1"]',
                '      ~ retries: (none) -> 3',
                '      ~ snapshots vss: false -> true',
                '      - replicate from "us-east-1" to: "us-west-2"',
        ])
    }

    def "a create shows each value it sets in the script's words, and the appliance's defaults marked as such"() {
        given:
        Plan plan = planOf([change(ChangeAction.CREATE, 'p', [new FieldChange('identityId', 'account', null, 'backup-prod', false),
                                                              new FieldChange('backupType', null, 'AllItems'),
                                                              new FieldChange('slaTemplateId', null, 'gold'),
                                                              new FieldChange('regionIds', null, ['us-east-1']),
                                                              new FieldChange('retrySettings.retryTimes', 'retries', null, 3, true)])])

        expect:
        text(plan).readLines().containsAll(['      + account: "backup-prod"', '      + include: all resources', '      + template: "gold"',
                                            '      + regions: ["us-east-1"]', '      + retries: 3  (appliance default)'])
    }

    def "unchanged fields are folded into a count: #n"() {
        given:
        Plan plan = planOf([change(ChangeAction.UPDATE, 'p', [new FieldChange('description', 'a', 'b')], [unchanged: n])])

        expect:
        text(plan).readLines().findAll { it.contains('unchanged') }*.trim() == shown

        where:
        n  || shown
        14 || ['(14 unchanged fields hidden)']
        1  || ['(1 unchanged field hidden)']
        0  || []
    }

    def "a long list shows what it gains and loses an item per line, the rest counted"() {
        given:
        List<String> was = (1..20).collect { "web-${it.toString().padLeft(2, '0')}".toString() }
        List<String> will = was - 'web-03' + 'app-01'
        Plan plan = planOf([change(ChangeAction.UPDATE, 'p', [new FieldChange('selectedItems.virtualMachineIds', was, will.sort())])])

        when:
        List<String> lines = text(plan).readLines()
        int at = lines.indexOf('      ~ include instances: 20 items -> 20 items')

        then:
        at > 0
        lines[at + 1..at + 3] == ['          + "app-01"', '          - "web-03"', '          (19 unchanged items hidden)']
    }

    def "a long list in a create is shown an item per line"() {
        given:
        List<String> items = (1..12).collect { "instance-number-$it".toString() }
        Plan plan = planOf([change(ChangeAction.CREATE, 'p', [new FieldChange('selectedItems.virtualMachineIds', null, items)])])

        when:
        List<String> lines = text(plan).readLines()

        then:
        lines.contains('      + include instances: 12 items')
        lines.count { it.startsWith('          + "instance-number-') } == 12
    }

    def "the summary line counts policies: add = creates, change = existing policies touched, delete = deletes"() {
        given:
        Plan plan = planOf([
                change(ChangeAction.CREATE, 'n1'), change(ChangeAction.CREATE, 'n2'),
                change(ChangeAction.UPDATE, 'e1'), change(ChangeAction.DISABLE, 'e1'),
                change(ChangeAction.REORDER, 'e1', [new FieldChange('priority', 1, 2)]),
                change(ChangeAction.REORDER, 'n2', [new FieldChange('priority', null, 1)], [id: null, usn: null]),
        ])

        expect:
        text(plan).readLines().last() == 'Plan: 2 to add, 1 to change, 0 to delete.'
    }

    def "nothing to do says exactly so"() {
        expect:
        text(planOf([])) == 'No changes. The appliance matches the scripts.\n'
        text(planOf([]), true) == 'No changes. The appliance matches the scripts.\n'
    }

    def "unmanaged policies are one line, with changes or without"() {
        expect:
        text(planOf([], ['legacy-nightly', 'finance-db', 'sandbox-weekly'])).readLines() == [
                '3 unmanaged policies, left alone: legacy-nightly, finance-db, sandbox-weekly',
                '',
                'No changes. The appliance matches the scripts.',
        ]
        text(planOf([change(ChangeAction.CREATE, 'x')], ['legacy-nightly'])).readLines().contains('1 unmanaged policy, left alone: legacy-nightly')
    }

    def "a long list of unmanaged policies names the first ten and counts the rest"() {
        given:
        List<String> names = (1..25).collect { "bulk-policy-${it.toString().padLeft(4, '0')}".toString() }

        expect:
        text(planOf([], names)).readLines()[0] ==
                '25 unmanaged policies, left alone: ' + names.take(10).join(', ') + ' and 15 more (--json lists all)'
    }

    def "a reorder no script asks for says why it moves"() {
        given:
        Plan plan = planOf([new PolicyChange(ChangeAction.REORDER, 'legacy', 'id-l', 3L, null,
                [new FieldChange('priority', 1, 2)], 0, null, 'prod-web takes priority 1')])

        expect:
        text(plan).readLines().contains('  # legacy  will move from priority 1 to 2: prod-web takes priority 1  (in no script)')
    }

    def "without colour there is not one escape character"() {
        given:
        Plan plan = plan([desired(changed(fullSpec(), 'description', 'x'), [enabled: false]), desired(minimalSpec('new'), [priority: 1])],
                [live(fullSpec()), live(minimalSpec('old'), [priority: 2])], [prune: true])

        expect:
        !text(plan, false).contains(ESC)
        text(plan, true).contains(ESC)
    }

    def "with colour the marks are green, yellow and red, and the summary line stays plain"() {
        given:
        Plan plan = planOf([change(ChangeAction.CREATE, 'n'), change(ChangeAction.UPDATE, 'u', [new FieldChange('description', 'a', 'b')]),
                            change(ChangeAction.DELETE, 'd')])

        when:
        String out = text(plan, true)

        then:
        out.contains("  ${ESC}[32m+${ESC}[0m ${ESC}[1mn${ESC}[0m  will be created")
        out.contains("  ${ESC}[33m~${ESC}[0m ${ESC}[1mu${ESC}[0m  will be updated in place")
        out.contains("  ${ESC}[31m-${ESC}[0m ${ESC}[1md${ESC}[0m  will be deleted")
        out.contains("      ${ESC}[33m~${ESC}[0m description: \"a\" -> \"b\"")
        out.readLines().last() == 'Plan: 1 to add, 1 to change, 1 to delete.'
    }

    def "control characters in values and names cannot repaint the terminal"() {
        given:
        Plan plan = planOf([change(ChangeAction.UPDATE, "evil${ESC}[2J", [new FieldChange('description', 'a', "b${ESC}[31m\n".toString())])],
                ["unmanaged${ESC}]0;title\u0007".toString()])

        when:
        String out = text(plan, false)

        then:
        !out.contains(ESC)
        !out.contains('\u0007')
        out.contains('evil\\u001b[2J')
        out.contains('"b\\u001b[31m\\n"')
    }

    def "costs show per changed policy before and after, aligned, with the total"() {
        given:
        Plan plan = planOf([change(ChangeAction.CREATE, 'new-web'), change(ChangeAction.UPDATE, 'edited'), change(ChangeAction.DELETE, 'old')])
        PlanCosts costs = new PlanCosts(['new-web': new PolicyCost(null, 30.0), edited: new PolicyCost(10.5, 12.25),
                                         old    : new PolicyCost(4, 99)])

        expect:
        text(plan, false, costs).readLines().dropWhile { !it.startsWith('Estimated') }.takeWhile { it } == [
                'Estimated monthly cost in USD (before -> after):',
                '  new-web   0.00 USD -> 30.00 USD  (+30.00 USD)',
                '  edited   10.50 USD -> 12.25 USD  (+1.75 USD)',
                '  old       4.00 USD ->  0.00 USD  (-4.00 USD)',
                '  Total    14.50 USD -> 42.25 USD  (+27.75 USD)',
        ]
    }

    def "a policy whose cost is unknown is shown as such and left out of the total, by name"() {
        given:
        Plan plan = planOf([change(ChangeAction.UPDATE, 'a'), change(ChangeAction.UPDATE, 'b')])
        PlanCosts costs = new PlanCosts([a: new PolicyCost(1, 2)])

        expect:
        text(plan, false, costs).readLines().dropWhile { !it.startsWith('Estimated') }.takeWhile { it } == [
                'Estimated monthly cost in USD (before -> after):',
                '  a      1.00 USD -> 2.00 USD  (+1.00 USD)',
                '  b       unknown ->  unknown',
                '  Total  1.00 USD -> 2.00 USD  (+1.00 USD), not counting b (unknown)',
        ]
    }

    def "without costs there is no cost section"() {
        expect:
        !text(planOf([change(ChangeAction.UPDATE, 'a')])).contains('cost')
    }
}
