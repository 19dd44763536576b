package io.vbaws.repl

import groovy.json.JsonSlurper
import io.vbaws.cli.CliEnvironment
import io.vbaws.cli.Main
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** vbaws repl without a terminal: -e and a script on stdin print results; the exit code says if all succeeded. */
class ReplCommandSpec extends Specification {
    @AutoCleanup FakeAppliance appliance = new FakeAppliance().start()
    @TempDir Path home
    StringWriter outText = new StringWriter()
    StringWriter errText = new StringWriter()

    int vbaws(List<String> args, String stdin = '') {
        def env = new CliEnvironment([VBAWS_URL: appliance.server.url('/').toString(), VBAWS_USERNAME: 'admin',
                                      VBAWS_PASSWORD: 'fake-pass-123', VBAWS_HOME: home.toString()],
                new ByteArrayInputStream(stdin.bytes))
        Main.run(args as String[], new PrintWriter(outText, true), new PrintWriter(errText, true), env)
    }

    String out() { outText.toString() }
    String err() { errText.toString() }

    def "-e expressions run in order in one session and exit 0 when all succeed"() {
        when:
        int code = vbaws(['repl', '-e', 'rows = instances("legacy-nightly")', '-e', 'rows.size()', '-e', 'rows*.instanceName.unique()'])

        then:
        code == 0
        err() == ''
        out().readLines() == ['3', 'web-01', 'db-01']
    }

    def "a failing -e prints one error line on stderr, the others still run, and the exit code is 1"() {
        when:
        int code = vbaws(['repl', '-e', 'report("nope")', '-e', '1 + 1'])

        then:
        code == 1
        err().readLines() == ["error: no policy 'nope' on the appliance; policies: legacy-nightly, finance-db, sandbox-weekly"]
        out().readLines() == ['2']
    }

    def "--format json prints JSON a script can parse"() {
        when:
        int code = vbaws(['repl', '--format', 'json', '-e', 'policies()'])

        then:
        code == 0
        new JsonSlurper().parseText(out())*.name == ['legacy-nightly', 'finance-db', 'sandbox-weekly']
    }

    def "--format csv prints a header and a line per row"() {
        when:
        vbaws(['repl', '--format', 'csv', '-e', 'regions("legacy-nightly")'])

        then:
        out().readLines() == ['name,optInStatus,id', "us-east-1,OptInNotRequired,${FakeAppliance.R_USE1}".toString()]
    }

    def "a script on stdin runs statement by statement, with :commands, and prints each result"() {
        given:
        def script = '''\
// which instances of finance-db missed?
missed = instances("finance-db", from: "30d")
    .findAll { it.status == "MissedSla" }
missed*.instanceName
:format json
[count: missed.size()]
'''
        when:
        int code = vbaws(['repl'], script)

        then:
        code == 0
        err() == 'format: json\n'
        out().readLines()[0] == 'app-01'
        new JsonSlurper().parseText(out().readLines().drop(1).join('\n')) == [count: 1]
    }

    def "a bad --format is a usage error"() {
        expect:
        vbaws(['repl', '--format', 'xml', '-e', '1']) == 1
        err().contains("--format: unknown format 'xml'; expected table|json|csv")
    }

    def "--width cuts tables without a terminal; without it nothing is cut"() {
        when:
        vbaws(['repl', '--width', '50', '-e', 'instances("legacy-nightly")'])

        then:
        def lines = out().readLines()
        lines.subList(1, lines.indexOf('(3 rows)')).every { it.length() <= 50 }
        out().readLines().count { it.startsWith('-[ ') } == 3

        when:
        outText.buffer.setLength(0)
        vbaws(['repl', '-e', 'instances("legacy-nightly")'])

        then:
        out().contains('44444444-0000-4000-8000-000000000001')
        !out().contains('…')
    }
}
