package io.vbaws.dsl

/**
 * Scripts written for an IDE's type checker (@TypeChecked or @CompileStatic, which @DelegatesTo lets
 * follow the DSL) still evaluate: the two annotations are accepted and mean nothing to the
 * interpreter, which checks every argument of every word itself.
 */
class TypeCheckedScriptSpec extends DslSpecification {

    static final String FULL_POLICY = '''
    slaPolicy "typed" {
        account "backup-prod"
        regions "us-east-1", "eu-west-1"
        template "gold"
        include instances: ["web-01"], tags: [env: "prod"]
        exclude volumes: system
        snapshots {
            tags owner: "platform"
            copyTagsFromVolume true
            windows { pre "C:\\\\pre.ps1"; ignoreErrors true }
            linux { pre "/opt/freeze.sh", "-a"; post "/opt/thaw.sh" }
        }
        replicas {
            replicate from: "us-east-1", to: "us-west-2", role: "dr-role"
            tags replica: "yes"
        }
        replicate from: "eu-west-1", to: "eu-central-1", role: "dr-role"
        retries 3
        notify email: "ops@example.com", at: "08:00"
        workers production: true, role: "worker-role"
        enabled true
        priority 1
        protect true
    }
'''

    def "a @TypeChecked method that declares every block compiles and runs"() {
        when:
        def p = policy """import groovy.transform.TypeChecked

@TypeChecked
void declare() {
$FULL_POLICY
}
declare()"""

        then:
        p.name() == 'typed'
        p.exclude().systemVolumes()
        p.replicas().routes().size() == 2
        p.snapshots().snapshotScripts().linuxScripts().preSnapshotArguments() == '-a'
    }

    def "@TypeChecked at the top of a script type-checks the whole script"() {
        when:
        def p = policy """@TypeChecked
import groovy.transform.TypeChecked
$FULL_POLICY"""

        then:
        p.name() == 'typed'
    }

    def "@CompileStatic scripts compile and run too"() {
        when:
        def p = policy """@CompileStatic
import groovy.transform.CompileStatic
$FULL_POLICY"""

        then:
        p.priority() == 1
    }

    def "a type-checked script's wrong argument is an error at its line, in the DSL's words"() {
        when:
        def errors = errorsOf '''@TypeChecked
import groovy.transform.TypeChecked
slaPolicy "typed" {
    account "backup-prod"
    retries "three"
}'''

        then:
        errors.size() == 1
        errors[0].at().line() == 5
        errors[0].message() == 'retries takes a whole number, got "three"'
        errors[0].at().column() == 5
    }
}
