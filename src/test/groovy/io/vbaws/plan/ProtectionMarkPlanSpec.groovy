package io.vbaws.plan

import groovy.json.JsonSlurper
import io.vbaws.declaration.ProtectRule
import io.vbaws.declaration.SourceRef
import spock.lang.Specification

import java.time.Instant

import static io.vbaws.plan.PlanFixtures.*

/**
 * {@code protect true} is recorded on the appliance as the last line of the policy's description,
 * so that {@code --prune} still knows a policy was protected once its block is gone.
 */
class ProtectionMarkPlanSpec extends Specification {

    static final String MARK = '[vbaws: protect true]'

    static Map described(String name, String description) {
        changed(minimalSpec(name), 'description', description)
    }

    def "protect true on a live policy adds the mark to its description, shown as protect"() {
        when:
        Plan plan = plan([desired(described('prod-web', 'Web tier'), [protect: true])], [live(described('prod-web', 'Web tier'))])
        PolicyChange change = plan.changes()[0]

        then:
        change.action() == ChangeAction.UPDATE
        change.fields() == [new FieldChange('description', 'protect', false, true, false)]
        change.body().description() == "Web tier\n$MARK"
        new TextPlanRenderer(false).render(plan).readLines().contains('      ~ protect: false -> true')
    }

    def "protect false removes the mark and keeps the user's text"() {
        when:
        PolicyChange change = plan([desired(described('prod-web', 'Web tier'), [protect: false])],
                [live(described('prod-web', "Web tier\n$MARK"))]).changes()[0]

        then:
        change.fields() == [new FieldChange('description', 'protect', true, false, false)]
        change.body().description() == 'Web tier'
    }

    def "a block that does not write protect leaves the mark as it is on the appliance"() {
        expect: 'nothing to do for a marked policy whose block says nothing of protect'
        plan([desired(described('prod-web', 'Web tier'))], [live(described('prod-web', "Web tier\n$MARK"))]).isEmpty()
        plan([desired(minimalSpec('prod-web'))], [live(described('prod-web', "Web tier\n$MARK"))]).isEmpty()

        when: 'its description changes'
        PolicyChange change = plan([desired(described('prod-web', 'Web servers'))],
                [live(described('prod-web', "Web tier\n$MARK"))]).changes()[0]

        then: 'only the text changes, and the body keeps the mark'
        change.fields() == [new FieldChange('description', 'description', 'Web tier', 'Web servers', false)]
        change.body().description() == "Web servers\n$MARK"
    }

    def "the description compares on the user's text only: the mark never shows as a description change"() {
        when:
        Plan plan = plan([desired(described('prod-web', 'Web tier'), [protect: true])], [live(described('prod-web', "Web tier\r\n$MARK  "))])

        then:
        plan.isEmpty()
    }

    def "protect true on a policy with no description of its own writes the mark alone"() {
        when:
        PolicyChange change = plan([desired(minimalSpec('prod-web'), [protect: true])], [live(minimalSpec('prod-web'))]).changes()[0]

        then:
        change.fields() == [new FieldChange('description', 'protect', false, true, false)]
        change.body().description() == MARK
    }

    def "a create with protect true sends the mark and shows protect: true; without it, shows no protect line"() {
        when:
        Plan plan = plan([desired(described('prod-web', 'Web tier'), [protect: true]), desired(described('other', 'x'), [protect: false])], [])
        List<String> lines = new TextPlanRenderer(false).render(plan).readLines()

        then:
        plan.changes()[0].body().description() == "Web tier\n$MARK"
        plan.changes()[0].fields().take(2) == [new FieldChange('description', 'description', null, 'Web tier', false),
                                               new FieldChange('description', 'protect', null, true, false)]
        lines.contains('      + protect: true')
        plan.changes()[1].body().description() == 'x'
        plan.changes()[1].fields().every { it.word() != 'protect' }
    }

    def "--json keeps the API path description and adds the word protect"() {
        when:
        Map doc = new JsonSlurper().parseText(new JsonPlanRenderer().render(
                plan([desired(minimalSpec('prod-web'), [protect: true])], [live(minimalSpec('prod-web'))]), PlanCosts.NONE)) as Map

        then:
        doc.changes[0].fields == [[path: 'description', word: 'protect', before: false, after: true, appliance_default: false]]
    }

    def "a saved plan carries the protect change, word and body included"() {
        given:
        SavedPlanCodec codec = new SavedPlanCodec()
        SavedPlan saved = new SavedPlan('http://127.0.0.1:8080', 'sha256:0', Instant.parse('2026-12-03T10:00:00Z'),
                plan([desired(minimalSpec('prod-web'), [protect: true])], [live(minimalSpec('prod-web'))]))

        expect:
        codec.read(codec.write(saved)) == saved
        codec.read(codec.write(saved)).plan().changes()[0].fields()[0].word() == 'protect'
    }

    def "prune of a policy no script declares whose description carries the mark is an error naming it, and every such policy"() {
        when:
        plan([desired(minimalSpec('mine'))],
                [live(minimalSpec('mine')), live(described('prod-web', "Web tier\n$MARK")), live(described('prod-db', MARK)),
                 live(minimalSpec('old'))], [prune: true])

        then:
        PlanException e = thrown()
        e.message.readLines() == [
                'prod-web is protected on the appliance (it was applied with "protect true"); no script declares it any more. '
                        + 'To delete it, apply it once with "protect false", then remove its block.',
                'prod-db is protected on the appliance (it was applied with "protect true"); no script declares it any more. '
                        + 'To delete it, apply it once with "protect false", then remove its block.']
    }

    def "prune of a marked policy that a file-level protect glob matches is skipped with the note"() {
        given:
        ProtectRule rule = new ProtectRule('prod-*', SourceRef.ofFile('common.groovy'))

        when:
        Plan plan = plan([], [live(described('prod-web', "Web tier\n$MARK")), live(minimalSpec('old'))], [prune: true], [rule])

        then:
        plan.protectedFromPrune() == [new ProtectedPolicy('prod-web', rule)]
        plan.changes()*.policy() == ['old']
        plan.changes()*.action() == [ChangeAction.DELETE]
    }

    def "prune of an unmarked undeclared policy is a delete, whatever its description says"() {
        when:
        Plan plan = plan([], [live(described('old', 'protect true, please'))], [prune: true])

        then:
        plan.changes()*.action() == [ChangeAction.DELETE]
    }

    def "without prune a marked undeclared policy is unmanaged and left alone"() {
        expect:
        plan([], [live(described('prod-web', MARK))]).unmanaged() == ['prod-web']
    }

    def "--exclude of a marked undeclared policy lets prune go ahead with the rest"() {
        when:
        Plan plan = plan([], [live(described('prod-web', MARK)), live(minimalSpec('old'))], [prune: true, excludes: ['prod-web']])

        then:
        plan.changes()*.policy() == ['old']
    }
}
