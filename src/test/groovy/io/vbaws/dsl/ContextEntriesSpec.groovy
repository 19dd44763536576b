package io.vbaws.dsl

import io.vbaws.declaration.PolicySetting
import io.vbaws.declaration.ScriptErrors

/**
 * The contexts record, for every setting, where it was written (once per block, named once in the
 * code); and Java code builds policies through the same words without a script (the Consumer form
 * of each block, like Gradle's Action).
 */
class ContextEntriesSpec extends DslSpecification {

    def "copyTagsFromVolume and vss record where they are written, in snapshots and in replicas"() {
        when:
        def p = policy("""slaPolicy 'a' { $REQUIRED
    snapshots {
        copyTagsFromVolume true
        vss false
    }
    replicas { copyTagsFromVolume false }
}""")

        then:
        p.placeOf(PolicySetting.SNAPSHOT_COPY_TAGS).line() == 3
        p.placeOf(PolicySetting.SNAPSHOT_VSS).line() == 4
        p.placeOf(PolicySetting.SNAPSHOT_VSS).column() == 9
        p.placeOf(PolicySetting.REPLICA_COPY_TAGS).line() == 6
    }

    def "a setting written twice in a block is named with the line of the first"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED\n    snapshots { vss true\n        vss false }\n}")*.message() ==
                ['vss is already set at line 2 of this snapshots']
    }

    def "Java code builds a policy without a script, through the Consumer form of each block"() {
        when:
        def declarations = scripts.build('runbook', { PolicyScript s ->
            s.slaPolicy('from-java', { PolicyContext p ->
                p.account('backup-prod')
                p.regions('us-east-1')
                p.template('gold')
                p.snapshots({ SnapshotContext snap -> snap.vss(true); snap.linux({ GuestScriptContext g -> g.pre('/opt/a.sh') }) })
                p.replicas({ ReplicaContext r -> r.replicate([from: 'us-east-1', to: 'us-west-2', role: 'dr-role']) })
            } as java.util.function.Consumer)
        } as java.util.function.Consumer)

        then:
        declarations.policies()*.name() == ['from-java']
        declarations.policies()[0].snapshots().snapshotScripts().linuxScripts().preSnapshotScript() == '/opt/a.sh'
        declarations.policies()[0].replicas().routes()*.to()*.name() == ['us-west-2']
    }

    def "what Java code builds is checked like a script, its errors named by the builder's name"() {
        when:
        scripts.build('runbook', { PolicyScript s -> s.slaPolicy('no-template', { PolicyContext p -> p.account('x') } as java.util.function.Consumer) } as java.util.function.Consumer)

        then:
        def e = thrown(ScriptErrors)
        e.errors()*.at()*.file().unique() == ['runbook']
        e.errors()*.message().any { it.contains('has no SLA template') }
    }
}
