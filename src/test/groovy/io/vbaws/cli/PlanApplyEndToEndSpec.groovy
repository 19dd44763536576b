package io.vbaws.cli

import io.vbaws.api.model.SlaPolicySpec

import java.nio.file.Files

/** plan and apply against a simulated appliance, the way a user runs them. */
class PlanApplyEndToEndSpec extends SimulatedApplianceCliSpec {

    static String policy(String name, String extra = '') {
        """
        slaPolicy "$name" {
            account "backup-prod"
            regions "us-east-1"
            template "silver"
            storage "s3-90d"
            $extra
        }
        """
    }

    def "a declared policy is created, and a second plan finds nothing to do"() {
        given:
        def file = script('create.groovy', policy('e2e-create', 'include instances: ["web-01", "web-02"]'))

        when:
        def plan = vbaws('plan', '--no-color', file.toString())

        then:
        plan.code == 0
        plan.out.contains('+ e2e-create')
        plan.out.contains('Plan: 1 to add, 0 to change, 0 to delete.')

        when:
        def apply = vbaws('apply', '--auto-approve', file.toString())

        then:
        apply.code == 0
        apply.out.contains('+ e2e-create: created')
        apply.out.contains('Apply complete: 1 created, 0 updated, 0 deleted.')
        livePolicies('e2e-create').size() == 1

        when:
        def again = vbaws('plan', '--no-color', file.toString())

        then:
        again.code == 0
        again.out.contains('No changes. The appliance matches the scripts.')

        when: 'a second apply of the same scripts'
        def twice = vbaws('apply', '--auto-approve', file.toString())

        then: 'finds nothing to do'
        twice.code == 0
        twice.out.contains('No changes.')
        livePolicies('e2e-create').size() == 1
    }

    def "plan and apply list a script error of one policy and the unknown names of the others in one run, and change nothing"() {
        given:
        def one = script('one.groovy', policy('e2e-bad-number', 'retries "three"') + policy('e2e-bad-name').replace('"silver"', '"silvr"'))
        def two = script('two.groovy', policy('e2e-bad-role').replace('"backup-prod"', '"backup-prodd"'))

        when:
        def plan = vbaws('plan', '--no-color', one.toString(), two.toString())
        def apply = vbaws('apply', '--auto-approve', one.toString(), two.toString())

        then:
        [plan, apply].every { it.code == 1 }
        [plan, apply].every { run ->
            run.err.contains('retries takes a whole number, got "three"') && run.err.contains('unknown SLA template "silvr"') &&
                    run.err.contains('unknown IAM role "backup-prodd"') && run.err.contains('2 files: 3 errors.')
        }
        plan.err.indexOf('"three"') < plan.err.indexOf('"silvr"')
        plan.err.indexOf('"silvr"') < plan.err.indexOf('"backup-prodd"')
        livePolicies('e2e-bad-name').isEmpty()
    }

    def "--detailed-exitcode answers 2 with changes, 0 without, 1 on error"() {
        given:
        def file = script('exit.groovy', policy('e2e-exitcode'))

        expect:
        vbaws('plan', '--detailed-exitcode', file.toString()).code == 2
        applyAll(file)
        vbaws('plan', '--detailed-exitcode', file.toString()).code == 0
        vbaws('plan', '--detailed-exitcode', script('bad.groovy', 'slaPolicy "x" { regions "nowhere-1" }').toString()).code == 1
    }

    def "plan --json answers the documented schema"() {
        when:
        def plan = planJson(script('json.groovy', policy('e2e-json')))

        then:
        plan.format_version == '1'
        plan.changes*.action == ['create']
        plan.changes[0].keySet().containsAll(['action', 'policy', 'id', 'usn', 'fields'])
        plan.changes[0].fields.every { it.keySet() == ['path', 'word', 'before', 'after', 'appliance_default'] as Set }
        plan.changes[0].fields.find { it.path == 'slaTemplateId' }.word == 'template'
        plan.changes[0].fields.find { it.path == 'slaTemplateId' }.after == 'silver'
        plan.summary.create == 1
        plan.summary.keySet().containsAll(['create', 'update', 'delete', 'enable', 'disable', 'reorder'])
        'legacy-nightly' in plan.unmanaged
    }

    def "a policy declared disabled is created and then disabled; enabling it later is an enable change"() {
        given:
        def off = script('off.groovy', policy('e2e-toggle', 'enabled false'))
        def on = script('on.groovy', policy('e2e-toggle', 'enabled true'))

        when:
        def first = planJson(off)

        then:
        first.changes*.action == ['create', 'disable']

        when:
        applyAll(off)

        then:
        livePolicies('e2e-toggle')[0].isEnabled() == false
        planJson(on).changes*.action == ['enable']

        when:
        applyAll(on)

        then:
        livePolicies('e2e-toggle')[0].isEnabled()
        planJson(on).changes.isEmpty()
    }

    def "an explicit priority moves the policy, and the appliance ends up in that order"() {
        given:
        def file = script('prio.groovy', policy('e2e-first', 'priority 1'))

        when:
        def plan = planJson(file)

        then:
        plan.changes*.action.contains('reorder')

        when:
        applyAll(file)

        then:
        livePolicies('e2e-first')[0].priority() == 1
        planJson(file).changes.isEmpty()
    }

    def "without --prune undeclared policies are unmanaged and left alone; with it they are deleted"() {
        given:
        def both = script('both.groovy', policy('prune-keep') + policy('prune-drop'))
        def keepOnly = script('keep.groovy', policy('prune-keep'))
        applyAll(both)

        when:
        def plain = planJson(keepOnly)

        then:
        plain.changes.isEmpty()
        'prune-drop' in plain.unmanaged
        livePolicies('prune-drop').size() == 1

        when:
        def pruning = vbaws('plan', '--json', '--prune', '--target', 'prune-*', keepOnly.toString())

        then:
        pruning.code == 0
        new groovy.json.JsonSlurper().parseText(pruning.out).changes.collect { [it.action, it.policy] } == [['delete', 'prune-drop']]

        when:
        def apply = vbaws('apply', '--auto-approve', '--prune', '--target', 'prune-*', keepOnly.toString())

        then:
        apply.code == 0
        apply.out.contains('- prune-drop: deleted')
        livePolicies('prune-drop').isEmpty()
        livePolicies('prune-keep').size() == 1
    }

    def "--prune leaves a protected policy alone with a note naming the rule and where it is, and prunes the rest"() {
        given:
        applyAll(script('guarded.groovy', policy('e2e-guarded') + policy('e2e-unguarded')))
        def protecting = script('protecting.groovy', 'protect "e2e-guard*"\n' + policy('e2e-other'))

        when:
        def r = vbaws('apply', '--auto-approve', '--no-color', '--prune', '--target', 'e2e-*guard*', '--target', 'e2e-other',
                protecting.toString())

        then:
        r.code == 0
        r.out.contains("Protected, not deleted: e2e-guarded (protect \"e2e-guard*\" ($protecting, line 1, column 9))")
        r.out.contains('- e2e-unguarded: deleted')
        livePolicies('e2e-guarded').size() == 1
        livePolicies('e2e-unguarded').isEmpty()
    }

    def "a saved plan is applied exactly as reviewed, without asking"() {
        given:
        def file = script('saved.groovy', policy('e2e-saved'))
        def planFile = work.resolve('saved.plan')

        when:
        def plan = vbaws('plan', '--out', planFile.toString(), file.toString())

        then:
        plan.code == 0
        Files.exists(planFile)
        plan.err.contains("vbaws apply $planFile")
        !Files.readString(planFile).contains(PASSWORD)

        when:
        def apply = vbaws('apply', planFile.toString())

        then:
        apply.code == 0
        apply.out.contains('+ e2e-saved: created')
        livePolicies('e2e-saved').size() == 1
    }

    def "a damaged saved plan says which change is damaged and how, in no Java words, and changes nothing"() {
        given:
        def file = script('damaged.groovy', policy('e2e-damaged'))
        def planFile = work.resolve('damaged.plan')
        assert vbaws('plan', '--out', planFile.toString(), file.toString()).code == 0
        Map doc = new groovy.json.JsonSlurper().parseText(Files.readString(planFile)) as Map
        doc.changes[0].body = 'x'
        Files.writeString(planFile, groovy.json.JsonOutput.toJson(doc))

        when:
        def apply = vbaws('apply', planFile.toString())

        then:
        apply.code == 1
        apply.err.readLines()[0] == "vbaws: $planFile: the saved plan is damaged (change 1, policy \"e2e-damaged\": body is not a policy)".toString()
        livePolicies('e2e-damaged').isEmpty()
    }

    def "plan and apply with a --target that matches nothing say so with the closest name, exit 1, and change nothing: #command"() {
        given:
        def file = script('typo.groovy', policy('e2e-typo-web'))

        when:
        def r = vbaws(*(command + ['--target', 'e2e-typo-wbe', file.toString()]))

        then:
        r.code == 1
        r.err.readLines()[0] == 'vbaws: --target e2e-typo-wbe matches no policy, declared or on the appliance; did you mean "e2e-typo-web"?'
        livePolicies('e2e-typo-web').isEmpty()

        where:
        command << [['plan'], ['apply', '--auto-approve']]
    }

    def "a saved plan is refused as stale after an edit made behind our back, naming the policy"() {
        given:
        def file = script('stale.groovy', policy('e2e-stale', 'description "ours"'))
        applyAll(script('stale0.groovy', policy('e2e-stale', 'description "first"')))
        def planFile = work.resolve('stale.plan')
        assert vbaws('plan', '--out', planFile.toString(), file.toString()).code == 0

        and: 'someone edits the policy on the appliance'
        def live = livePolicies('e2e-stale')[0]
        def c = client()
        def s = live.toSpec()
        c.modifyPolicy(live.id(), s.toBuilder().description('theirs').build())
        c.close()

        when:
        def apply = vbaws('apply', planFile.toString())

        then:
        apply.code == 1
        apply.err.contains("policy 'e2e-stale' changed on the appliance since the plan")
        apply.err.contains('the plan is stale; run plan again')
        livePolicies('e2e-stale')[0].description() == 'theirs'
    }

    def "a saved plan that creates a policy is refused when one of that name appeared meanwhile"() {
        given:
        def file = script('race.groovy', policy('e2e-race'))
        def planFile = work.resolve('race.plan')
        assert vbaws('plan', '--out', planFile.toString(), file.toString()).code == 0
        applyAll(script('race-theirs.groovy', policy('e2e-race', 'description "theirs"')))

        when:
        def apply = vbaws('apply', planFile.toString())

        then:
        apply.code == 1
        apply.err.contains("a policy named 'e2e-race' appeared")
        livePolicies('e2e-race').size() == 1
    }

    def "a prune that also reorders deletes the policies the reorder moved: their new usn is the apply's own"() {
        given:
        applyAll(script('moved0.groovy', policy('e2e-moved-gone') + policy('e2e-moved-first')))
        def file = script('moved1.groovy', policy('e2e-moved-first', 'priority 1'))

        when:
        def r = vbaws('apply', '--auto-approve', '--prune', '--target', 'e2e-moved-*', file.toString())

        then:
        r.code == 0
        r.out.contains('- e2e-moved-gone: deleted')
        livePolicies('e2e-moved-gone').isEmpty()
        livePolicies('e2e-moved-first')[0].priority() == 1
    }

    def "a saved plan applied twice says it was already applied, and changes nothing"() {
        given:
        applyAll(script('twice0.groovy', policy('e2e-twice-old') + policy('e2e-twice', 'description "first"')))
        def file = script('twice.groovy', policy('e2e-twice', 'description "second"\n priority 1') + policy('e2e-twice-new', 'enabled false'))
        def planFile = work.resolve('twice.plan')
        assert vbaws('plan', '--prune', '--target', 'e2e-twice*', '--out', planFile.toString(), file.toString()).code == 0
        assert vbaws('apply', planFile.toString()).code == 0
        def usns = livePolicies('e2e-twice', 'e2e-twice-new')*.usn()

        when:
        def again = vbaws('apply', planFile.toString())

        then:
        again.code == 0
        again.out.contains('This plan was already applied: the appliance already matches it.')
        !again.err.contains('changed on the appliance since the plan')
        livePolicies('e2e-twice', 'e2e-twice-new')*.usn() == usns
    }

    def "apply without a terminal and without --auto-approve refuses and changes nothing"() {
        given:
        def file = script('ask.groovy', policy('e2e-ask'))

        when:
        def r = vbaws('apply', file.toString())

        then:
        r.code == 1
        r.err.contains('--auto-approve')
        livePolicies('e2e-ask').isEmpty()
    }

    def "a partial failure reports what was done and what was not; the next plan shows the rest, and apply converges"() {
        given:
        def file = script('partial.groovy', policy('e2e-part-a') + policy('e2e-part-b') + policy('e2e-part-c', 'enabled false'))
        sim.faults().failNext(1, 'POST', '/api/v1/policy/ec2SlaBasedPolicies', 500)

        when:
        def first = vbaws('apply', '--auto-approve', '--parallelism', '1', file.toString())

        then:
        first.code == 1
        first.out.contains('FAILED')
        first.out.contains('Failed:')
        first.out.contains('Not attempted:')
        first.out =~ /Apply failed: \d of \d changes done, 1 failed, \d+ not attempted/
        livePolicies('e2e-part-a', 'e2e-part-b', 'e2e-part-c').size() == 2

        when:
        def rest = planJson(file)

        then: 'exactly the remainder: the create that failed and the disable that was not attempted'
        rest.changes.collect { [it.action, it.policy] } as Set ==
                ([['create', livePolicies('e2e-part-a', 'e2e-part-b', 'e2e-part-c')*.name().with { names ->
                    ['e2e-part-a', 'e2e-part-b', 'e2e-part-c'].find { !(it in names) } }], ['disable', 'e2e-part-c']] as Set)

        when:
        def second = vbaws('apply', '--auto-approve', file.toString())

        then:
        second.code == 0
        livePolicies('e2e-part-a', 'e2e-part-b', 'e2e-part-c').size() == 3
        planJson(file).changes.isEmpty()
    }

    def "a create whose answer was lost is found by name, not created twice"() {
        given:
        def file = script('lost.groovy', policy('e2e-lost'))
        sim.faults().loseAnswerOfNext(1, 'POST', '/api/v1/policy/ec2SlaBasedPolicies')

        when:
        def r = vbaws('apply', '--auto-approve', file.toString())

        then:
        r.code == 0
        r.out.contains('not created twice')
        livePolicies('e2e-lost').size() == 1
    }

    def "an update retried after a 503 still applies once"() {
        given:
        applyAll(script('retry0.groovy', policy('e2e-retry', 'retries 1')))
        def file = script('retry1.groovy', policy('e2e-retry', 'retries 2'))
        sim.faults().failNext(1, 'PUT', '/api/v1/policy/ec2SlaBasedPolicies/{policyId}', 503)
        def pending = sim.faults().pendingRules().size()

        when:
        def r = vbaws('apply', '--auto-approve', file.toString())

        then:
        r.code == 0
        livePolicies('e2e-retry')[0].retrySettings().retryTimes() == 2
        sim.faults().pendingRules().size() == pending - 1 // the 503 was answered: the retry is what applied it
    }

    def "an update whose every answer is lost says the change may have landed, and the next plan shows it did"() {
        given:
        applyAll(script('lostput0.groovy', policy('e2e-lostput', 'retries 1')))
        def file = script('lostput1.groovy', policy('e2e-lostput', 'retries 2'))
        sim.faults().loseAnswerOfNext(6, 'PUT', '/api/v1/policy/ec2SlaBasedPolicies/{policyId}')

        when:
        def r = vbaws('apply', '--auto-approve', file.toString())

        then: 'not only "unexpected end of stream"'
        r.code == 1
        r.out.readLines().find { it.contains('e2e-lostput') && it.contains('FAILED') }
                .contains('; the change may have landed; the next plan will show')

        and: 'it had landed'
        livePolicies('e2e-lostput')[0].retrySettings().retryTimes() == 2
        vbaws('plan', '--detailed-exitcode', file.toString()).code == 0
    }

    def "plan --cost shows the estimated monthly cost before and after, and the total"() {
        given:
        applyAll(script('cost0.groovy', policy('e2e-cost', 'template "bronze"').replace('template "silver"', '')))

        when:
        def r = vbaws('plan', '--no-color', '--cost', script('cost1.groovy', policy('e2e-cost', 'template "gold"')
                .replace('template "silver"', '')).toString())

        then:
        r.code == 0
        r.out =~ /(?i)cost/
        r.out.contains('e2e-cost')
        r.out =~ /(?i)total/
    }

    def "a script error stops plan with the file and line, exit 1, and no stack trace"() {
        when:
        def r = vbaws('plan', script('broken.groovy', policy('e2e-broken').replace('template "silver"', 'template "platinum"')).toString())

        then:
        r.code == 1
        r.err =~ /broken\.groovy, line \d+/
        r.err.contains('platinum')
        !r.err.contains('\tat ')
    }
}
