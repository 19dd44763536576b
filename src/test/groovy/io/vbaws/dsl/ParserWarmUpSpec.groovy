package io.vbaws.dsl

import spock.lang.Specification

/** The parser warm-up parses the DSL's common shapes without a syntax error. */
class ParserWarmUpSpec extends Specification {

    def "the shapes it parses are one valid policy block of the DSL's common commands"() {
        when:
        def module = new ScriptParser().parse(new ScriptSource('warm-up.groovy', ParserWarmUp.SHAPES))

        then: 'a syntax error there would leave the parser cold without a word'
        module.statementBlock.statements.size() == 1
        ['account', 'regions', 'include', 'snapshots', 'retries'].every { ParserWarmUp.SHAPES.contains("    $it ") }
    }
}
