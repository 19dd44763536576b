package io.vbaws.dsl

import io.vbaws.declaration.ScriptErrors

/**
 * The language a script is evaluated in: values, operators, functions and the allow-listed methods
 * compute as in Groovy; everything outside is refused before anything runs; bounds are counted.
 */
class PolicyLanguageSpec extends DslSpecification {

    /** The description the one policy of {@code code} computes, {@code code} setting it with description. */
    String described(String code) {
        policy("$code\nslaPolicy 'p' { $REQUIRED; description d }").description()
    }

    def "values and operators compute as in Groovy: #code"() {
        expect:
        described("def d = $code") == expected

        where:
        code                                                        | expected
        '"a-" + 1 + "-" + [1, 2] + "-" + [k: 1]'                    | 'a-1-[1, 2]-[k:1]'
        '"${1 / 2} ${4 / 2} ${7.intdiv(2)} ${7 % 3} ${-3.abs()}"'   | '0.5 2 3 1 -3'
        '"web,app,,db".split(",").join("|")'                        | 'web|app||db'
        '"a.b".replace(".", "*") + "aaaa".split("a+").size()'       | 'a*b1'
        '(1..4).findAll { it % 2 == 0 }.collect { it * 10 }.toString()' | '[20, 40]'
        '[b: 2, a: 1].collect { k, v -> "$k=$v" }.sort().join(" ")' | 'a=1 b=2'
        '[1, 2, 3].inject(0) { s, x -> s + x }.toString()'          | '6'
        '(null ?: "fallback") + (1 in [1, 2]) + ("x" == "x" ? "!" : "?")' | 'fallbacktrue!'
        '"prod".toUpperCase().take(2).padRight(4, ".")'             | 'PR..'
    }

    def "a script with no statements (#what) declares nothing and is valid"() {
        expect:
        declare(text).policies().isEmpty()

        where:
        what              | text
        'empty'           | ''
        'blank lines'     | '\n\n   \n'
        'a comment'       | '// every policy moved to prod.groovy\n'
        'a block comment' | '/* nothing yet */'
    }

    def "a return at the top of a script is still refused"() {
        expect:
        errorsOf("return\nslaPolicy 'p' { $REQUIRED }")*.message() == ['break, continue and return belong in loops and functions']
    }

    def "functions, loops and script variables work together"() {
        expect:
        described('''
String label(String tier, int n = 1) { "${tier}-${n}" }
count = 0
def parts = []
for (int i = 0; i < 5; i++) {
    if (i == 1) continue
    if (i == 4) break
    parts << label("web", i)
    count++
}
def d = parts.join(",") + " " + count
''') == 'web-0,web-2,web-3 3'
    }

    def "#construct is refused before anything is evaluated, naming it at its line and column"() {
        when:
        def errors = errorsOf("slaPolicy 'ok' { $REQUIRED }\n$code", 'evil.groovy')

        then:
        errors.every { it.at().line() == 2 && it.at().column() > 0 }
        errors[0].message().contains(message)

        where:
        construct               | code                                    | message
        'a class name'          | 'def e = System.getenv()'               | 'System is not allowed'
        'an annotation'         | '@Field def x = 1'                      | '@Field is not allowed'
        'import'                | 'import java.io.File'                   | 'import java.io.File is not allowed'
        'a method not listed'   | 'def c = "x".getClass()'                | 'getClass() is not allowed'
        'a runtime property'    | 'def m = "x".metaClass'                 | '.metaClass is not available'
        'a regular expression'  | 'def m = "a" ==~ /a/'                   | 'a regular expression (==~)'
        'a closure as a value'  | 'def c = { 1 }'                         | 'a block is not a value'
        'try/catch'             | 'try { } catch (e) { }'                 | 'is not part of the policy language'
    }

    def "a refused file is not evaluated at all: its policies before the refusal are not declared either"() {
        when:
        def errors = errorsOf("slaPolicy 'ok' { $REQUIRED }\nslaPolicy 'bad' { $REQUIRED; description System.getenv('X') }")

        then:
        errors*.message() == ['System is not allowed in a policy script: a script names no classes (a class is not a value)']
    }

    def "#bound is a clear error at its line"() {
        when:
        def errors = errorsOf(code, 'bounded.groovy')

        then:
        errors.size() == 1
        errors[0].at().file() == 'bounded.groovy'
        errors[0].at().line() == line
        errors[0].message().contains(message)

        where:
        bound             | code                                         | line | message
        'the step budget' | 'def i = 0\nwhile (true) { i++ }'            | 2    | 'more than 1,000,000 steps'
        'a text'          | 'def s = "x" * 200000'                       | 1    | 'a text of more than 100,000 characters'
        'a list'          | 'def l = [0] * 200000'                       | 1    | 'more than 100,000 items'
        'a range'         | 'def s = (1..2_000_000_000).sum()'           | 1    | 'more than 100,000 items'
        'the call depth'  | 'def f(n) { f(n + 1) }\nf(1)'                | 1    | 'more than 200 deep'
        'deep nesting'    | 'def x = ' + '[' * 60 + ']' * 60             | 1    | 'nests brackets more than 48 deep'
    }

    def "split and replace take plain text, never a regular expression"() {
        expect:
        described('def d = "a+b".split("+").join(" ") + " " + "a.c".replace(".", "b")') == 'a b abc'
    }

    def "the four reproducers of issue 11 are refused or bounded with file and line"() {
        when:
        def errors = errorsOfFiles([
                'a.groovy': '@Field ProcessBuilder pb = ["sh", "-c", "id > pwned.txt"]',
                'b.groovy': 'def leak(x = System.getenv("VBAWS_PASSWORD")) { x }\nslaPolicy "p" { description "pw=${leak()}" }',
                'c.groovy': '"x".metaClass { }.invokeStaticMethod("x", "forName", "java.lang.System")',
                'd.groovy': 'def r = ("a"*32+"!") ==~ /(.*a){20}/\ndef s = (1..2_000_000_000).sum()\ndef x = "x" * Integer.MAX_VALUE'])

        then:
        errors*.at()*.file().unique() == ['a.groovy', 'b.groovy', 'c.groovy', 'd.groovy']
        errors.every { it.at().line() > 0 && it.at().column() > 0 }
        errors.find { it.at().file() == 'a.groovy' }.message().startsWith('@Field is not allowed')
        errors.find { it.at().file() == 'b.groovy' }.message().startsWith('System is not allowed')
        errors.find { it.at().file() == 'c.groovy' }.message().startsWith('invokeStaticMethod() is not allowed')
        errors.findAll { it.at().file() == 'd.groovy' }*.at()*.line() == [1, 3]
        !new File('pwned.txt').exists()
    }

    def "every mistake of a policy is reported in one run, in line order, and the policy is left out"() {
        when:
        def errors = errorsOf('''slaPolicy "p" {
    acount "backup-prod"
    regions "us-east-1"
    template "gold"
    priority "1"
    retry 3
    notify email: "ops@example.com", at: "8am"
}''')

        then:
        errors*.at()*.line() == [2, 5, 6, 7]
        errors[0].message() == 'unknown setting acount in slaPolicy'
        errors[0].suggestions() == ['account']
        errors[1].message() == 'priority takes a whole number, got "1"'
        errors[2].message().startsWith('unknown setting retry in slaPolicy; expected one of account, ')
        errors[3].message().contains('8am')
    }

    def "a policy with errors still gets the warnings of what it wrote"() {
        when:
        def problems = errorsOf('''slaPolicy "p" {
    account "backup-prod"
    regions "us-east1"
    template "gold"
    retries "three"
}''')

        then:
        problems.collect { [it.at().line(), it.isError()] } == [[3, false], [5, true]]
        problems[0].message().startsWith('unknown AWS region "us-east1"')
        problems[1].message() == 'retries takes a whole number, got "three"'
    }

    def "a list is accepted wherever several values are"() {
        expect:
        policy('slaPolicy "p" { account "backup-prod"; template "gold"; regions ["us-east-1", "eu-west-1"] }').regions()*.name() ==
                ['us-east-1', 'eu-west-1']
        declare('protect(["a-*", "b"])\nslaPolicy "p" { ' + REQUIRED + ' }').protectRules()*.pattern() == ['a-*', 'b']
    }

    def "a script error is never a Java exception: #code"() {
        when:
        declare(code)

        then:
        def e = thrown(ScriptErrors)
        e.errors().every { !it.message().contains('Exception') && it.at().line() == 1 }

        where:
        code << ['def l = [1]\nl.each { l << 1 }'.replace('\n', '; '), 'def x = [1, "a"].sort()', 'def x = "abc".substring(5)',
                 'def x = 9223372036854775807 * 2', 'def x = [:].a.b']
    }
}
