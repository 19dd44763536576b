package io.vbaws.dsl

import io.vbaws.declaration.ScriptErrors

/** What a user reads when a script is wrong: file, line and column, what was expected, every error at once. */
class ScriptErrorMessagesSpec extends DslSpecification {

    def "a syntax error shows the offending line with a caret under the column"() {
        when:
        def errors = errorsOf('''slaPolicy "a" {
    account "backup-prod"
    template "gold" }
}''', 'broken.groovy')

        then:
        errors.size() == 1
        errors[0].render() == ["(broken.groovy, line 4, column 1) unexpected '}': one '}' too many, or a '{' missing before it",
                               '    }',
                               '    ^'].join(System.lineSeparator())
    }

    def "an unclosed block points at its opening brace and says what is expected"() {
        when:
        def errors = errorsOf('slaPolicy "a" {\n    account "backup-prod"\n', 'broken.groovy')

        then:
        errors*.toString()[0].startsWith("(broken.groovy, line 1, column 15) this '{' is never closed: expected a '}'")
    }

    def "an unclosed text says so at its quote"() {
        expect:
        errorsOf('slaPolicy "a" {\n    account "backup-prod\n}')[0].toString()
                .startsWith('(policies.groovy, line 2, column 13) text that is never closed: expected a closing "')
    }

    def "a variable named like a setting says it hides the setting, not that a List has no call method"() {
        when:
        def errors = errorsOf('def regions = ["us-east-1", "eu-west-1"]\nslaPolicy "a" {\n    account "backup-prod"\n    regions regions[0]\n    template "gold"\n}')

        then:
        errors*.toString() == ['(policies.groovy, line 4, column 5) the variable regions hides the setting regions: a variable named '
                                       + 'like a setting (regions, template, tags, ...) hides it; rename the variable']
    }

    def "an unknown setting suggests the closest word of its block"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED\n    regoins 'eu-west-1'\n}")*.toString() ==
                ['(policies.groovy, line 2, column 5) unknown setting regoins in slaPolicy; did you mean "regions"?']
    }

    def "a misspelt slaPolicy is named as such, not as a call of the policy's name"() {
        expect:
        errorsOf('slaPolicyy "a" { }')*.toString() == ['(policies.groovy, line 1, column 1) unknown word slaPolicyy; did you mean "slaPolicy"?']
    }

    def "a wrong argument says in the DSL's words what the setting takes and what it got"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED\n    retries 'three'\n}")*.toString() ==
                ['(policies.groovy, line 2, column 5) retries takes a whole number, got "three"']
    }

    def "a name without quotes is explained"() {
        expect:
        errorsOf("slaPolicy 'a' { regions 'us-east-1'; template 'gold'\n    account backup\n}")*.toString() ==
                ['(policies.groovy, line 2, column 13) unknown name backup in slaPolicy: write names and IDs in quotes ("backup"), and declare a variable with def before using it']
    }

    def "a setting followed by a signed number says Groovy read a sum, not that the setting is an unknown name: #line"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED\n    $line\n}")*.toString() == ["(policies.groovy, line 2, column 5) $message".toString()]

        where:
        line          | message
        'priority -1' | 'priority -1 is read as "priority minus 1": write priority(-1), though priorities start at 1'
        'retries +3'  | 'retries +3 is read as "retries plus 3": write retries(3)'
    }

    def "exclude volumes: sytem suggests system"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED\n    exclude volumes: sytem\n}")*.toString() ==
                ['(policies.groovy, line 2, column 22) unknown name sytem in slaPolicy; did you mean "system"?']
    }

    def "assigning a setting shows the method form"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED\n    retries = 3\n}")*.toString() ==
                ['(policies.groovy, line 2, column 5) write retries VALUE, not retries = VALUE: settings are method calls']
    }

    def "a policy declared twice names both places, across files"() {
        expect:
        errorsOfFiles(['a.groovy': "slaPolicy 'web' { $REQUIRED }",
                       'b.groovy': "\n\nslaPolicy 'web' { $REQUIRED }"])*.toString() ==
                ['(b.groovy, line 3, column 11) policy "web" is declared twice: here and at (a.groovy, line 1, column 11)']
    }

    def "a nested slaPolicy is an error"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED\n    slaPolicy 'b' { }\n}")*.toString() ==
                ['(policies.groovy, line 2, column 5) slaPolicy belongs at the top of a script, not inside slaPolicy']
    }

    def "a failure in the script's own code names its line and column, with a caret"() {
        expect:
        errorsOf("slaPolicy 'a' { $REQUIRED }\ndef x = 1 / 0")*.toString() == [['(policies.groovy, line 2, column 9) Division by zero',
                                                                                '    def x = 1 / 0', '            ^'].join(System.lineSeparator())]
    }

    def "every error of every file is listed, file by file and line by line; bad policies are left out, good ones kept"() {
        when:
        new PolicyScripts().loadSources([
                new ScriptSource('one.groovy', "slaPolicy 'ok' { $REQUIRED }\nslaPolicy 'bad' { $REQUIRED; retries 'x' }\nslaPolicy 'worse' { regoins 'x' }"),
                new ScriptSource('two.groovy', 'slaPolicy "syntax" {'),
                new ScriptSource('three.groovy', "slaPolicy 'range' { $REQUIRED; priority 0 }")])

        then:
        def e = thrown(ScriptErrors)
        e.errors()*.at()*.file() == ['one.groovy', 'one.groovy', 'two.groovy', 'three.groovy']
        e.errors()*.at()*.line() == [2, 3, 1, 1]
        e.message.startsWith('4 errors:' + System.lineSeparator() + '(one.groovy, line 2, column ')
    }

    def "an unreadable file is an error, and the other files are still checked"() {
        given:
        def dir = File.createTempDir()
        def good = new File(dir, 'good.groovy')
        good.text = "slaPolicy 'ok' { $REQUIRED }\nslaPolicy 'bad' { regions 'us-east-1' }"

        when:
        new PolicyScripts().load([new File(dir, 'missing.groovy').toPath(), good.toPath()])

        then:
        def e = thrown(ScriptErrors)
        e.errors()*.toString()[0] == "(${new File(dir, 'missing.groovy')}) no such file or directory".toString()
        e.errors().size() == 3

        cleanup:
        dir.deleteDir()
    }
}
