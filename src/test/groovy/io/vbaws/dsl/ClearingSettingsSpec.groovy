package io.vbaws.dsl

import io.vbaws.cli.SimulatedApplianceCliSpec
import io.vbaws.declaration.PolicySetting
import io.vbaws.declaration.ScriptErrors

/**
 * `storage none`, `replicas none` and `notify none` clear a setting the appliance has; a setting
 * not written is still left alone. The plan shows each removal, apply makes it, and the next plan
 * finds nothing to do.
 */
class ClearingSettingsSpec extends SimulatedApplianceCliSpec {

    static final String FINANCE = '''slaPolicy "finance-db" {
    account "backup-prod"
    regions "us-east-1", "eu-west-1"
    template "gold"
    include instances: ["cache-01"], tags: [owner: "data"]
    %s
}'''

    def "the plan shows each cleared setting as a removal; apply clears them and the next plan has no changes"() {
        given:
        def file = script('clear.groovy', String.format(FINANCE, 'storage none\n    replicas none\n    notify none'))

        when:
        def plan = vbaws('plan', '--no-color', file.toString())

        then:
        plan.code == 0
        plan.out.contains('      - storage: "glacier-archive"')
        plan.out.contains('      - replicate from "us-east-1" to: "us-west-2"')
        plan.out.contains('      - notify email: "finance-ops@example.com"')
        plan.out.contains('Plan: 0 to add, 1 to change, 0 to delete.')

        when:
        def apply = vbaws('apply', '--auto-approve', '--no-color', file.toString())
        def live = livePolicies('finance-db')[0]

        then:
        apply.code == 0
        live.storageTemplateId() == null
        live.replicaSettings() == null || !live.replicaSettings().mapping()
        live.notificationSettings() == null || !live.notificationSettings().enableNotifications()

        when:
        def again = vbaws('plan', '--no-color', file.toString())

        then:
        again.code == 0
        again.out.contains('No changes. The appliance matches the scripts.')
    }

    def "a setting not written is left alone: without storage the plan keeps the appliance's"() {
        given:
        def file = script('keep.groovy', String.format(FINANCE, 'retries 3'))

        when:
        def plan = vbaws('plan', '--no-color', file.toString())

        then:
        plan.code == 0
        !plan.out.contains('storage')
        !plan.out.contains('notify')
    }

    def "none in a file's defaults clears the setting for each policy that does not write its own"() {
        when:
        def declarations = new PolicyScripts().loadSources([new ScriptSource('d.groovy', '''defaults { storage none }
slaPolicy "a" { account "backup-prod"; regions "us-east-1"; template "gold" }
slaPolicy "b" { account "backup-prod"; regions "us-east-1"; template "gold"; storage "s3-90d" }''')])

        then:
        declarations.policies()[0].clears(PolicySetting.STORAGE)
        declarations.policies()[0].clearedFields() == ['storageTemplateId'] as Set
        !declarations.policies()[1].clears(PolicySetting.STORAGE)
        declarations.policies()[1].storage().name() == 's3-90d'
    }

    def "replicas none beside a replicate is an error that names both"() {
        when:
        new PolicyScripts().loadSources([new ScriptSource('r.groovy', '''slaPolicy "a" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    replicas none
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role"
}''')])

        then:
        def e = thrown(ScriptErrors)
        e.errors()*.toString() == ['(r.groovy, line 4, column 5) replicate declares replicas that replicas none at line 3 clears: write one or the other']
    }
}
