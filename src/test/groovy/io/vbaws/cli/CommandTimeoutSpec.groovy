package io.vbaws.cli

import spock.lang.Specification

import java.time.Duration

/** How long a command may wait in all: --timeout, else the command's own limit, else five minutes (issue 13.3, 11.6). */
class CommandTimeoutSpec extends Specification {

    GlobalOptions parse(String... args) {
        def cli = Main.commandLine(new CliEnvironment([:], InputStream.nullInputStream()))
        cli.parseArgs(args)
        ((Main) cli.commandSpec.userObject()).global
    }

    def "the per-request waits default to 10 s and 30 s, and --timeout to the command's own limit"() {
        when:
        def timeouts = parse('plan', 'x.groovy').timeouts(CommandTimeout.STANDARD)

        then:
        timeouts.connect() == Duration.ofSeconds(10)
        timeouts.read() == Duration.ofSeconds(30)
        timeouts.whole() == Duration.ofMinutes(5)
    }

    def "--timeout, --connect-timeout and --read-timeout take durations as people write them, before or after the command"() {
        when:
        def timeouts = parse('--timeout', '90s', 'plan', '--connect-timeout', '2s', '--read-timeout', '1m', 'x.groovy')
                .timeouts(CommandTimeout.STANDARD)

        then:
        timeouts.whole() == Duration.ofSeconds(90)
        timeouts.connect() == Duration.ofSeconds(2)
        timeouts.read() == Duration.ofMinutes(1)
    }

    def "a duration that is not one is a usage error that says how to write it"() {
        given:
        def err = new StringWriter()

        when:
        int code = Main.run(['plan', '--timeout', 'soon', 'x.groovy'] as String[], new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), new CliEnvironment([:], InputStream.nullInputStream()))

        then:
        code != 0
        err.toString().contains("not a duration: 'soon' (write it as 500ms, 10s, 5m or 1h)")
    }

    def "apply chooses 30 minutes when nobody is asked, and repl -e the standard limit"() {
        given:
        def apply = new ApplyCommand(autoApprove: true)
        def repl = new ReplCommand(expressions: ['policies()'])

        expect:
        apply.timeLimit() == Duration.ofMinutes(30)
        repl.timeLimit() == CommandTimeout.STANDARD
    }
}
