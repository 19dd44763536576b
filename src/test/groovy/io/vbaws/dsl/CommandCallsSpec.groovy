package io.vbaws.dsl

import io.vbaws.declaration.ScriptErrors
import spock.lang.Specification

/**
 * One-line commands with named arguments are parsed as the calls they are (Groovy's parser finds
 * those far faster), with every position before the end of the line where it was; anything that
 * might not be one whole command is left as written.
 */
class NamedArgumentCallsSpec extends Specification {

    static final String REQUIRED = 'account "backup-prod"; regions "us-east-1"; template "gold"'

    def "a one-line command with named arguments becomes the call, columns kept"() {
        expect:
        NamedArgumentCalls.parenthesize(line) == call
        call.indexOf(line.trim().split(' ')[1]) == line.indexOf(line.trim().split(' ')[1])

        where:
        line                                                                 || call
        '    include tags: [env: "prod"]'                                    || '    include(tags: [env: "prod"])'
        '    include instances: ["cache-01"], tags: [owner: "data"]'         || '    include(instances: ["cache-01"], tags: [owner: "data"])'
        '    notify email: "ops@example.com", enabled: true, at: "08:00"  '  || '    notify(email: "ops@example.com", enabled: true, at: "08:00")  '
        "\treplicate from: 'us-east-1', to: 'us-west-2', role: 'dr-role'"    || "\treplicate(from: 'us-east-1', to: 'us-west-2', role: 'dr-role')"
        'exclude tags: [backup: "skip"]\r'                                    || 'exclude(tags: [backup: "skip"])\r'
    }

    def "anything that may not be one whole command on its line is left as written"() {
        expect:
        NamedArgumentCalls.parenthesize(text) == text

        where:
        text << [
                '    include tags: [\n        env: "prod"\n    ]',
                '    include tags: [env: "prod"] // a comment',
                '    include tags: [env: "a/b"]',
                '    include tags: [env: "${name}"]',
                '    include tags: [env: "prod"]; retries 2',
                '    workers production: true, role: { it }',
                '    include tags: [env: "prod"],\n        instances: ["web-01"]',
                '    include tags: [env: "prod"]\n        .each { it }',
                '    include tags: [env: """prod"""]',
                '    if x: 1',
                '    include tags: [env: "prod"',
                '    include tags: env: "prod"]',
                '    regions "us-east-1"',
                '    include tags:[env: "prod"]',
                '    description "tags: [env]"',
        ]
    }

    def "scripts declare the same whether their commands are written as calls or not"() {
        given:
        def command = """slaPolicy "p" {\n    $REQUIRED\n    include tags: [env: "prod"], instances: ["web-01"]\n    exclude tags: [backup: "skip"]\n    notify email: "ops@example.com", enabled: true\n}\n"""
        def call = NamedArgumentCalls.parenthesize(command)

        expect:
        call != command
        new PolicyScripts().loadSources([new ScriptSource('p.groovy', command)]) ==
                new PolicyScripts().loadSources([new ScriptSource('p.groovy', call)])
    }

    def "an error on such a line is reported at the same place, with the line as written"() {
        given:
        def text = """slaPolicy "p" {\n    $REQUIRED\n    include tags: [env: 5], colour: "red"\n}\n"""

        when:
        new PolicyScripts().loadSources([new ScriptSource('p.groovy', text)])

        then:
        def e = thrown(ScriptErrors)
        e.errors().every { it.at().line() == 3 }
        e.errors().every { it.sourceLine() == null || it.sourceLine() == '    include tags: [env: 5], colour: "red"' }
    }

    def "a line that is more than one command is parsed as written, not as a call with a syntax error"() {
        given:
        def text = """slaPolicy "p" {\n    $REQUIRED\n    include tags: [env: "prod"] also "x"\n}\n"""

        when:
        new PolicyScripts().loadSources([new ScriptSource('p.groovy', text)])

        then:
        def e = thrown(ScriptErrors)
        e.errors()*.at()*.line() == [3]
        !e.errors()[0].message.contains('unexpected')
    }
}
