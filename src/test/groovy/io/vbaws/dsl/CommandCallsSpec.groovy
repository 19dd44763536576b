package io.vbaws.dsl

import io.vbaws.declaration.ScriptErrors
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * One-line commands, with named arguments or plain literal ones, are parsed as the calls they are
 * (Groovy's parser finds those far faster), with every position before the end of the line where it
 * was; anything that might not be one whole command, or whose operators could bind differently in
 * parentheses, is left as written.
 */
class CommandCallsSpec extends Specification {

    static final String REQUIRED = 'account "backup-prod"; regions "us-east-1"; template "gold"'

    def "a one-line command with named arguments becomes the call, columns kept"() {
        expect:
        CommandCalls.parenthesize(line) == call
        call.indexOf(line.trim().split(' ')[1]) == line.indexOf(line.trim().split(' ')[1])

        where:
        line                                                                 || call
        '    include tags: [env: "prod"]'                                    || '    include(tags: [env: "prod"])'
        '    include instances: ["cache-01"], tags: [owner: "data"]'         || '    include(instances: ["cache-01"], tags: [owner: "data"])'
        '    notify email: "ops@example.com", enabled: true, at: "08:00"  '  || '    notify(email: "ops@example.com", enabled: true, at: "08:00")  '
        "\treplicate from: 'us-east-1', to: 'us-west-2', role: 'dr-role'"    || "\treplicate(from: 'us-east-1', to: 'us-west-2', role: 'dr-role')"
        'exclude tags: [backup: "skip"]\r'                                    || 'exclude(tags: [backup: "skip"])\r'
    }

    def "a one-line command whose arguments are each a literal or a name becomes the call, columns kept"() {
        expect:
        CommandCalls.parenthesize(line) == call

        where:
        line                                      || call
        '    regions "us-east-1"'                 || '    regions("us-east-1")'
        '    regions "us-east-1", "eu-west-1"'    || '    regions("us-east-1", "eu-west-1")'
        "    template 'gold'  "                   || "    template('gold')  "
        '    retries 3'                           || '    retries(3)'
        '    vss false'                           || '    vss(false)'
        '    priority 1\r'                        || '    priority(1)\r'
        '    description "tags: [env], x + 1"'    || '    description("tags: [env], x + 1")'
        '    include "web-01", ["a", "b"]'        || '    include("web-01", ["a", "b"])'
        '    regions region.code, codes[0]'       || '    regions(region.code, codes[0])'
        'retries 1..3'                            || 'retries(1..3)'
        '    organization "acme", scope: "ou-1"'  || '    organization("acme", scope: "ou-1")'
        '        tags "cost-center": "finance"'   || '        tags("cost-center": "finance")'
        '    key "arn:aws:kms:r:1:key/9", x: "a/b"' || '    key("arn:aws:kms:r:1:key/9", x: "a/b")'
        '    notify at: 1 + 2, email: "e"'        || '    notify(at: 1 + 2, email: "e")'
    }

    def "a plain argument that is an expression, or may read differently in parentheses, is left as written"() {
        expect:
        CommandCalls.parenthesize(line) == line

        where:
        line << [
                '    retries -1',
                '    retries [1]',
                '    retries 1 + 2',
                '    retries a b',
                '    retries a b, c',
                '    retries "a".size()',
                '    retries x ? 1 : 2',
                '    retries 1,',
                '    retries !x',
                '    retries _x',
                '    retries a?.b',
                '    retries a(1)',
                '    retries a, , b',
                '    retries "a" "b"',
                '    true 1',
                '    this 1',
                '    retries',
                '    retries ',
                '    retries 6 / 2',
                '    retries "a" // comment',
                '    organization "acme", scope "x"',
                '    tags "a" : "b"',
                '    retries [1], 2',
                '    retries 1, [2] + [3]',
                '    retries 1, [2][0] x',
        ]
    }

    def "anything that may not be one whole command on its line is left as written"() {
        expect:
        CommandCalls.parenthesize(text) == text

        where:
        text << [
                '    include tags: [\n        env: "prod"\n    ]',
                '    include tags: [env: "prod"] // a comment',
                '    include tags: [env: "${name}"]',
                '    include tags: [env: "prod"]; retries 2',
                '    workers production: true, role: { it }',
                '    include tags: [env: "prod"],\n        instances: ["web-01"]',
                '    include tags: [env: "prod"]\n        .each { it }',
                '    include tags: [env: """prod"""]',
                '    if x: 1',
                '    if x',
                '    include tags: [env: "prod"',
                '    include tags: env: "prod"]',
                '    include tags:[env: "prod"]',
        ]
    }

    def "scripts declare the same whether their commands are written as calls or not"() {
        given:
        def command = """slaPolicy "p" {\n    $REQUIRED\n    include tags: [env: "prod"], instances: ["web-01"]\n    exclude tags: [backup: "skip"]\n    notify email: "ops@example.com", enabled: true\n    retries 3\n    priority 2\n    description "d"\n    snapshots {\n        copyTagsFromVolume true\n    }\n}\n"""
        def call = CommandCalls.parenthesize(command)

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

    def "every script of the examples and the corpora lowers to the same program with its commands written as calls"() {
        given:
        def files = []
        ['dsl-examples', 'src/test/resources/compat', 'src/test/resources/hostile', 'runbooks'].each { dir ->
            Files.walk(Path.of(dir)).withCloseable { s -> s.filter { it.toString().endsWith('.groovy') }.forEach { files << it } }
        }
        def parser = new ScriptParser()
        int rewritten = 0

        expect:
        files.size() > 600
        files.each { file ->
            def source = new ScriptSource(file.toString(), Files.readString(file))
            def calls = CommandCalls.parenthesize(source.text())
            if (calls == source.text()) {
                return
            }
            def asWritten = lowered(parser, source, source.text())
            def asCalls = lowered(parser, source, calls)
            if (asCalls != 'syntax error') {   // on a syntax error the parser reads the script as written
                rewritten++
                assert asWritten == asCalls: file
            }
        }
        rewritten >= 10
    }

    /** The program of {@code text}, the refusals of its lowering, or "syntax error". */
    private static Object lowered(ScriptParser parser, ScriptSource source, String text) {
        try {
            def module = parser.parse(source, text)
            def refusals = new Refusals(source, new SourceLines(source.text()))
            def program = new ScriptLowering(refusals, new SourcePositions(source.name())).lower(module)
            return refusals.anyRefused() ? refusals.errors()*.message : program
        } catch (io.vbaws.declaration.ScriptErrors ignored) {
            return 'syntax error'
        }
    }
}
