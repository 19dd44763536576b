package io.vbaws.repl

import org.jline.reader.EOFError
import org.jline.reader.Parser
import spock.lang.Specification

/** When the prompt continues an input on the next line, and what completion sees at the cursor. */
class InputScannerSpec extends Specification {
    def scanner = new InputScanner()
    def parser = new ReplParser()

    def "#text is #state"() {
        expect:
        scanner.scan(text).complete() == complete
        scanner.scan(text).missing() == missing

        where:
        text                                              | complete | missing
        'policies()'                                      | true     | ''
        'instances("a", from: "7d").findAll {'            | false    | '}'
        'instances("a", from: "7d").findAll { it.x < 9'   | false    | '}'
        'report("legacy'                                  | false    | '")'
        "report('a(b')"                                   | true     | ''
        'x = """one\ntwo'                                 | false    | '"""'
        'x = """one\ntwo"""'                              | true     | ''
        '"${[1, 2].collect { it * 2 }}"'                  | true     | ''
        '"${[1, 2].collect { it'                          | false    | '}}"'
        'x = 1 // a comment with ( and "'                 | true     | ''
        'x = /* open ( */ 1'                              | true     | ''
        'x = /* still open'                               | false    | '*/'
        'x = [1,\n2,'                                     | false    | ']'
        'x = 1 + \\'                                      | false    | ''
        "'it''s'"                                         | true     | ''
        '"say \\"hi\\""'                                  | true     | ''
        state = complete ? 'complete' : 'unfinished'
    }

    def "Enter on an unfinished input continues it; a :command, an empty line or a closed input runs"() {
        when:
        parser.parse('policies().findAll {', 20, Parser.ParseContext.ACCEPT_LINE)

        then:
        def e = thrown(EOFError)
        e.missing == '}'

        expect:
        parser.finished('policies().findAll {\n  it.isEnabled\n}')
        parser.finished(':load "file')
        parser.finished('policies().findAll {\n')
        parser.parse('report("x', 9, Parser.ParseContext.COMPLETE) != null
    }

    def "completion sees the call, the argument and the named key the cursor is in"() {
        expect:
        def s = scanner.scan(text)
        s.inString() == inString
        s.call() == call
        s.argument() == argument
        s.namedKey() == key

        where:
        text                                         | inString | call        | argument | key
        'report("leg'                                | true     | 'report'    | 0        | null
        'sessions("legacy-nightly", "we'             | true     | 'sessions'  | 1        | null
        'virtualMachines(region: "us-'               | true     | 'virtualMachines' | 0  | 'region'
        'instances("p", status: "mi'                 | true     | 'instances' | 1        | 'status'
        'x = "abc'                                   | true     | null        | 0        | null
        'instan'                                     | false    | null        | 0        | null
    }

    def "the word before the cursor is the string's text inside quotes, else the identifier or :command"() {
        expect:
        parser.parsed(line, line.length()).word() == word

        where:
        line                          | word
        'report("legacy ni'           | 'legacy ni'
        "chart('fin"                  | 'fin'
        'rows = inst'                 | 'inst'
        ':fo'                         | ':fo'
        ':load repl/wor'              | 'repl/wor'
    }

    def "a piped script splits into the inputs a user would type"() {
        expect:
        new ScriptChunks().split('''
// comment
x = policies()
  .findAll { it.isEnabled }

:format json
x.findAll {
  it.priority < 3
}*.name
report("a")''') == ['// comment\n', 'x = policies()\n  .findAll { it.isEnabled }\n', ':format json',
                   'x.findAll {\n  it.priority < 3\n}*.name\n', 'report("a")\n']
    }
}
