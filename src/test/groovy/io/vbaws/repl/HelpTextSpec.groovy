package io.vbaws.repl

import spock.lang.Specification

/** Every function and command has its :help, and the overview names them all. */
class HelpTextSpec extends Specification {
    def help = HelpText.bundled()

    def "#name has a help topic that shows how to call it"() {
        expect:
        help.topic(name) != null
        help.topic(name).readLines()[0].startsWith(name)
        help.overview().contains(name)

        where:
        name << QueryScript.FUNCTIONS + (ReplCompleter.COMMANDS - ':exit')
    }

    def "help is found with or without the colon or the parentheses"() {
        expect:
        help.topic('load') == help.topic(':load')
        help.topic('chart()') == help.topic('chart')
        help.topic('nonsense') == null
    }

    def "the overview says how dates are read and what from: and to: default to"() {
        expect:
        help.overview().contains('7d')
        help.overview().contains('yesterday')
        help.overview().contains('from: defaults to 7d, to: to now')
    }
}
