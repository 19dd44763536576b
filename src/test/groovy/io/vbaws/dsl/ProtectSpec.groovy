package io.vbaws.dsl

/** protect "glob", ... at file level and a policy's protect true both become protect rules. */
class ProtectSpec extends DslSpecification {

    def "file-level globs and protected policies become protect rules with their places"() {
        given:
        String kept = "slaPolicy \"kept\" { $REQUIRED; protect true }"

        when:
        def rules = declare("""protect "legacy-*", "finance-db"
$kept
slaPolicy "not-kept" { $REQUIRED; protect false }
slaPolicy "plain" { $REQUIRED }""").protectRules()

        then:
        rules*.pattern() == ['legacy-*', 'finance-db', 'kept']
        rules*.declaredAt()*.toString() == ['(policies.groovy, line 1, column 9)', '(policies.groovy, line 1, column 21)',
                                            "(policies.groovy, line 2, column ${kept.indexOf('protect') + 1})"]
    }

    def "protect true in the file's defaults protects every policy of the file"() {
        expect:
        declare("""defaults { protect true }
slaPolicy "a" { $REQUIRED }
slaPolicy "b" { $REQUIRED }""").protectRules()*.pattern() == ['a', 'b']
    }

    def "protect takes names in quotes"() {
        expect:
        errorsOf("protect 42\nslaPolicy 'a' { $REQUIRED }")*.toString() ==
                ['(policies.groovy, line 1, column 1) protect takes policy names or globs in quotes, not the number 42']
    }
}
