package io.vbaws.text

import spock.lang.Specification

/** Values from the appliance or a script reach the terminal as visible text, never as terminal commands. */
class TerminalTextSpec extends Specification {

    def "#name is written as an escape, not sent to the terminal"() {
        expect:
        TerminalText.printable("a${raw}b") == "a${shown}b"

        where:
        name                       | raw      | shown
        'ESC (retitles, repaints)' | '\u001b' | '\\u001b'
        'BEL'                      | '\u0007' | '\\u0007'
        'backspace'                | '\b'     | '\\b'
        'carriage return'          | '\r'     | '\\r'
        'line feed'                | '\n'     | '\\n'
        'DEL'                      | '\u007f' | '\\u007f'
        'C1 CSI'                   | '\u009b' | '\\u009b'
        'right-to-left override'   | '\u202e' | '\\u202e'
        'zero-width space'         | '\u200b' | '\\u200b'
        'first strong isolate'     | '\u2068' | '\\u2068'
        'byte order mark'          | '\ufeff' | '\\ufeff'
    }

    def "ordinary text, accents and other scripts pass untouched"() {
        expect:
        TerminalText.printable('prod-web café 東京 "q" \\') == 'prod-web café 東京 "q" \\'
    }

    def "quoted text escapes quotes and backslashes as a string literal does"() {
        expect:
        TerminalText.quoted('say "hi" \\ \u001b]0;x\u0007') == '"say \\"hi\\" \\\\ \\u001b]0;x\\u0007"'
    }

    def "a title-setting sequence from a policy name cannot reach the terminal"() {
        given:
        String hostile = 'legacy\u001b]0;pwned\u0007-nightly'

        expect:
        !TerminalText.printable(hostile).chars.any { TerminalText.isUnsafe(it as int) }
    }
}
