package io.vbaws.cli

import java.nio.file.Files

/**
 * {@code protect true} is recorded on the appliance, in the policy's description, so a later
 * {@code --prune} refuses to delete a protected policy whose block was removed: on a laptop, in CI,
 * anywhere, with no local state.
 */
class ProtectOnApplianceEndToEndSpec extends SimulatedApplianceCliSpec {

    static final String MARK = '[vbaws: protect true]'

    static String policy(String name, String extra = '') {
        """
        slaPolicy "$name" {
            description "Web tier"
            account "backup-prod"
            regions "us-east-1"
            template "silver"
            $extra
        }
        """
    }

    static String message(String name) {
        "$name is protected on the appliance (it was applied with \"protect true\"); no script declares it any more. " +
                'To delete it, apply it once with "protect false", then remove its block.'
    }

    def "a policy applied with protect true and then removed from the scripts is not pruned until it is applied with protect false"() {
        given:
        def guarded = script('guarded.groovy', policy('e2e-prot-web', 'protect true') + policy('e2e-prot-keep'))
        def removed = script('removed.groovy', policy('e2e-prot-keep'))
        def unprotected = script('unprotected.groovy', policy('e2e-prot-web', 'protect false') + policy('e2e-prot-keep'))

        when: 'the protected block is applied'
        def apply = vbaws('apply', '--auto-approve', '--no-color', guarded.toString())

        then: 'the appliance records the protection in the description, and the next plan has nothing to do'
        apply.code == 0
        livePolicies('e2e-prot-web')[0].description() == "Web tier\n$MARK"
        vbaws('plan', '--no-color', guarded.toString()).out.contains('No changes. The appliance matches the scripts.')

        when: 'its block is removed and the scripts are pruned'
        def plan = vbaws('plan', '--no-color', '--prune', '--target', 'e2e-prot-*', removed.toString())
        def prune = vbaws('apply', '--auto-approve', '--no-color', '--prune', '--target', 'e2e-prot-*', removed.toString())

        then: 'plan and apply stop with the reason and the way out, no stack trace, and nothing is deleted'
        [plan, prune].every { it.code == 1 }
        [plan, prune].every { it.err.contains(message('e2e-prot-web')) }
        [plan, prune].every { !it.err.contains('Exception') && !it.err.contains('\tat ') }
        !prune.out.contains('deleted')
        livePolicies('e2e-prot-web').size() == 1

        when: 'the same with --json'
        def json = vbaws('plan', '--json', '--prune', '--target', 'e2e-prot-*', removed.toString())
        Map doc = new groovy.json.JsonSlurper().parseText(json.out) as Map

        then: 'the diagnostics document says it as an error at no script line'
        json.code == 1
        !doc.valid
        doc.diagnostics.collect { [it.severity, it.file, it.line, it.message] } == [['error', null, 0, message('e2e-prot-web')]]

        when: 'it is applied once with protect false'
        def unprotect = vbaws('plan', '--no-color', unprotected.toString())
        applyAll(unprotected)

        then: 'the plan shows protect going, and the appliance keeps the user\'s text only'
        unprotect.out.contains('~ protect: true -> false')
        !unprotect.out.contains('~ description')
        livePolicies('e2e-prot-web')[0].description() == 'Web tier'

        when: 'then its block is removed and pruned'
        def delete = vbaws('apply', '--auto-approve', '--no-color', '--prune', '--target', 'e2e-prot-*', removed.toString())

        then:
        delete.code == 0
        delete.out.contains('- e2e-prot-web: deleted')
        livePolicies('e2e-prot-web').isEmpty()
        livePolicies('e2e-prot-keep').size() == 1
    }

    def "protect true on an existing policy is an update of protect alone, and the next plan finds nothing"() {
        given:
        def plain = script('plain.groovy', policy('e2e-prot-late'))
        def guarded = script('late.groovy', policy('e2e-prot-late', 'protect true'))
        applyAll(plain)

        when:
        def plan = vbaws('plan', '--no-color', guarded.toString())

        then:
        plan.out.contains('~ e2e-prot-late')
        plan.out.contains('~ protect: false -> true')
        !plan.out.contains('~ description')

        when: 'a block that leaves protect out keeps the mark'
        applyAll(guarded)

        then:
        vbaws('plan', '--no-color', guarded.toString()).out.contains('No changes.')
        vbaws('plan', '--no-color', plain.toString()).out.contains('No changes.')
        livePolicies('e2e-prot-late')[0].description() == "Web tier\n$MARK"
    }

    def "a saved plan that adds protection applies it"() {
        given:
        def guarded = script('saved.groovy', policy('e2e-prot-saved', 'protect true'))
        def planFile = work.resolve('protect.plan')

        when:
        def plan = vbaws('plan', '--out', planFile.toString(), guarded.toString())
        def apply = vbaws('apply', planFile.toString())

        then:
        plan.code == 0
        apply.code == 0
        livePolicies('e2e-prot-saved')[0].description() == "Web tier\n$MARK"
    }

    def "a protected policy exports as protect true with its description alone, and the export plans to nothing"() {
        given:
        applyAll(script('export.groovy', policy('e2e-prot-export', 'protect true')))
        def exported = work.resolve('exported.groovy')

        when:
        def export = vbaws('export', '--target', 'e2e-prot-export', '-o', exported.toString())
        def text = Files.readString(exported)

        then:
        export.code == 0
        text.contains('    description "Web tier"\n')
        text.contains('    protect true\n')
        !text.contains(MARK)

        and:
        vbaws('plan', '--no-color', '--target', 'e2e-prot-export', exported.toString()).out.contains('No changes.')
    }
}
