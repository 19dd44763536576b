package io.vbaws.inventory

import io.vbaws.declaration.ScriptError
import io.vbaws.declaration.ScriptErrors
import io.vbaws.dsl.PolicyScripts
import io.vbaws.dsl.ScriptSource
import spock.lang.Specification

/** The offline rules: required settings after file defaults, and value ranges; each at its place. */
class DeclarationChecksSpec extends Specification {

    static final String OK = 'account "backup-prod"; regions "us-east-1"; template "gold"'

    List<String> errorsOf(String text) {
        try {
            new PolicyScripts().loadSources([new ScriptSource('c.groovy', text)])
        } catch (ScriptErrors e) {
            return e.errors()*.message()
        }
        []
    }

    def "#rule"() {
        expect:
        errorsOf(script) == (message == null ? [] : [message])

        where:
        rule                                  | script                                                                     | message
        'a valid policy passes'               | "slaPolicy 'p' { $OK }"                                                    | null
        'regions are required'                | 'slaPolicy "p" { account "backup-prod"; template "gold" }'                 | 'policy "p" has no regions: expected regions "us-east-1", ... in the policy or in the file\'s defaults'
        'a template is required'              | 'slaPolicy "p" { account "backup-prod"; regions "us-east-1" }'             | 'policy "p" has no SLA template: expected template "NAME" in the policy or in the file\'s defaults'
        'an identity is required'             | 'slaPolicy "p" { regions "us-east-1"; template "gold" }'                   | 'policy "p" has no identity: expected account "ROLE" or organization "ORG" in the policy or in the file\'s defaults'
        'include must select something'       | "slaPolicy 'p' { $OK; include instances: [] }"                             | 'include selects nothing: expected instances: [...] or tags: [...] (leave include out to protect all resources)'
        'retries 0 is fine'                   | "slaPolicy 'p' { $OK; retries 0 }"                                         | null
        'retries below 0'                     | "slaPolicy 'p' { $OK; retries(-1) }"                                       | 'retries must be 0..100, not -1'
        'retries above 100'                   | "slaPolicy 'p' { $OK; retries 101 }"                                       | 'retries must be 0..100, not 101'
        'five snapshot tags are fine'         | "slaPolicy 'p' { $OK; snapshots { tags a: '1', b: '2', c: '3', d: '4', e: '5' } }" | null
        'six snapshot tags are not'           | "slaPolicy 'p' { $OK; snapshots { tags a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' } }" | 'snapshots: at most 5 tags, not 6'
        'a 255-character name is fine'        | "slaPolicy '${'n' * 255}' { $OK }"                                         | null
        'a 256-character name is not'         | "slaPolicy '${'n' * 256}' { $OK }"                                         | 'a policy name has 1 to 255 characters, not 256'
        'a description ending in the protect mark is not' | "slaPolicy 'p' { $OK; description 'x\\n[vbaws: protect true]' }"   | 'a description cannot end with the line [vbaws: protect true], which vbaws keeps for protect true: write protect true instead'
        'a description that mentions the mark is fine' | "slaPolicy 'p' { $OK; description 'see [vbaws: protect true]' }"     | null
        'an empty name is not'                | "slaPolicy '' { $OK }"                                                     | 'a policy name has 1 to 255 characters, not 0'
        'time of day HH:mm'                   | "slaPolicy 'p' { $OK; notify email: 'a@b.io', at: '8:00' }"                | 'notify at: "8:00" is not a time of day (expected HH:mm, 00:00 to 23:59)'
        '23:59 is a time of day'              | "slaPolicy 'p' { $OK; notify email: 'a@b.io', at: '23:59' }"               | null
        'an email has its shape'              | "slaPolicy 'p' { $OK; notify email: 'ops.example.com' }"                   | 'notify email: "ops.example.com" is not an email address (expected name@example.com)'
        'notifications need an email'         | "slaPolicy 'p' { $OK; notify onlyMissedSla: true }"                        | 'notify needs email: when notifications are enabled'
        'priority 1 is fine'                  | "slaPolicy 'p' { $OK; priority 1 }"                                        | null
        'priority 0 is not'                   | "slaPolicy 'p' { $OK; priority 0 }"                                        | 'priority must be 1 or more, not 0'
        'a region listed twice'               | "slaPolicy 'p' { $OK; regions 'us-east-1' }"                               | 'region "us-east-1" is listed twice'
        'a volume that is not one'            | "slaPolicy 'p' { $OK; exclude volumes: ['disk-1'] }"                       | 'exclude volumes: "disk-1" is not a volume: expected "vol-..." or "INSTANCE/vol-...", or system'
        'a replica to its own source'         | "slaPolicy 'p' { $OK; replicate from: 'us-east-1', to: 'us-east-1', role: 'dr-role' }" | 'replicate: from: and to: are the same region (us-east-1)'
        'a snapshot tag key given twice'      | "slaPolicy 'p' { $OK; snapshots { tags a: '1'; tags a: '2' } }"            | 'snapshots: tag key "a" is given twice'
        'requirements met by defaults'        | "defaults { $OK }\nslaPolicy 'p' { }"                                      | null
        'production workers need a role'      | "slaPolicy 'p' { $OK; workers production: true }"                          | 'workers production: true needs role: the IAM role the workers run as (expected workers production: true, role: "worker-role")'
        'production workers with a role'      | "slaPolicy 'p' { $OK; workers production: true, role: 'worker-role' }"     | null
        'no production workers need no role'  | "slaPolicy 'p' { $OK; workers production: false }"                         | null
        'a volume of a named region instance' | "slaPolicy 'p' { $OK; exclude volumes: ['us-east-1/web-01/vol-0aa11'] }"   | null
    }

    def "a rule broken is reported at the line and column of the setting that breaks it"() {
        when:
        new PolicyScripts().loadSources([new ScriptSource('c.groovy', "slaPolicy 'p' {\n    $OK\n    workers production: true\n}")])

        then:
        ScriptErrors e = thrown()
        e.errors()*.at()*.line() == [3]
        e.errors()[0].toString().startsWith('(c.groovy, line 3, column 5) workers production: true needs role:')
    }

    def "an unknown region code is a warning offline, with the closest known codes, and the run goes on"() {
        when:
        def declarations = new PolicyScripts().loadSources([new ScriptSource('c.groovy',
                "slaPolicy 'p' { account 'backup-prod'; regions 'us-east1', 'eu-west-1'; template 'gold'\n" +
                "    replicate from: 'us-east1', to: 'eu-wset-1', role: 'dr-role' }")])

        then:
        declarations.policies()*.name() == ['p']
        declarations.warnings()*.severity() == [ScriptError.Severity.WARNING] * 3
        declarations.warnings()*.at()*.line() == [1, 2, 2]
        declarations.warnings()[0].render() == '(c.groovy, line 1, column 48) warning: unknown AWS region "us-east1" (checked offline ' +
                'against the regions vbaws knows; the appliance decides online); did you mean one of "us-east-1", "us-east-2"?'
        declarations.warnings()[2].suggestions()[0] == 'eu-west-1'
    }

    def "an unknown region beside an error is reported with it, errors and warnings in line order"() {
        when:
        new PolicyScripts().loadSources([new ScriptSource('c.groovy',
                "slaPolicy 'p' { account 'backup-prod'; regions 'us-east1'; template 'gold'\n    retries 500 }")])

        then:
        ScriptErrors e = thrown()
        e.errors()*.severity() == [ScriptError.Severity.WARNING, ScriptError.Severity.ERROR]
        e.errorCount() == 1
    }
}
