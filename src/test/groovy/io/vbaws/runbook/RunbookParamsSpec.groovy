package io.vbaws.runbook

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/** A runbook's parameters: read from its declarations before it runs, converted, checked, and listed in its help. */
class RunbookParamsSpec extends Specification {
    @TempDir Path dir

    Runbook runbook(String text) {
        Path file = dir.resolve('book.groovy')
        Files.writeString(file, text.stripIndent())
        Runbook.compile(file)
    }

    def "declarations are read at compile time, each with its type, default and description"() {
        when:
        def params = runbook('''
            param "region", type: String, required: true, description: "region to pause"
            param "hours", type: Integer, default: 4
            param "names", type: List, default: ["a", "b"]
            param "force", type: boolean
            throw new IllegalStateException("never runs")
            ''').params()

        then:
        params.declared()*.name() == ['region', 'hours', 'names', 'force']
        params.declared()*.type()*.toString() == ['String', 'Integer', 'List', 'Boolean']
        params.resolve([region: 'us-east-1']) == [region: 'us-east-1', hours: 4, names: ['a', 'b'], force: null]
        params.resolve([region: 'x', hours: '12', names: 'p, q', force: 'yes']) == [region: 'x', hours: 12, names: ['p', 'q'], force: true]
        params.help().readLines() == [
            'Parameters (--param NAME=VALUE):',
            '  region  String, required; region to pause',
            '  hours   Integer, default 4',
            '  names   List, default [a, b]',
            '  force   Boolean, optional',
        ]
    }

    def "an unknown, missing or unreadable parameter is an error that names it"() {
        given:
        def params = runbook('''
            param "region", type: String, required: true, description: "region to pause"
            param "hours", type: Integer, default: 4
            ''').params()

        when:
        params.resolve(given)

        then:
        def e = thrown(RunbookException)
        e.message == message

        where:
        given                           | message
        [regon: 'x', region: 'y']       | '--param regon: this runbook declares no such parameter; closest: region'
        [hours: '2']                    | '--param region is required: String, required; region to pause'
        [region: 'x', hours: 'four']    | "--param hours: 'four' is not an Integer"
    }

    def "a declaration that is not literal, or a type it does not know, is an error with its line"() {
        when:
        runbook('''
            param "a", type: String
            param "b", type: java.io.File
            param "c", default: System.getenv("HOME")
            ''')

        then:
        def e = thrown(RunbookException)
        e.message.readLines() == [
            "${dir.resolve('book.groovy')}: line 3: param b: type java.io.File is not one of String, Integer, Long, Double, Boolean, List".toString(),
            "${dir.resolve('book.groovy')}: line 4: param default: must be a literal value (a string, number, boolean or list), not java.lang.System.getenv(HOME)".toString(),
        ]
    }

    def "a syntax error names the file, line and column"() {
        when:
        runbook('''
            param "a", type: String
            def x = [1, 2
            ''')

        then:
        def e = thrown(RunbookException)
        e.message.startsWith("${dir.resolve('book.groovy')}:4:")
    }
}
