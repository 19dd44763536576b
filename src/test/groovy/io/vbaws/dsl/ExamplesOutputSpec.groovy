package io.vbaws.dsl

import io.vbaws.cli.CliEnvironment
import io.vbaws.cli.Main
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * `validate` and `plan` of every dsl-examples/ script print what they printed when scripts were
 * compiled and run as Groovy (src/test/resources/compat/saved/, saved from that path's CLI against
 * the built-in appliance, exit code last).
 */
class ExamplesOutputSpec extends Specification {

    static final File SAVED = new File('src/test/resources/compat/saved')

    @TempDir Path home

    def "#command of the example #example prints what it printed before"() {
        given:
        def out = new StringWriter()
        def err = new StringWriter()

        when:
        int code = Main.run([command, "dsl-examples/${example}.groovy"] as String[], new PrintWriter(out, true),
                new PrintWriter(err, true), new CliEnvironment([VBAWS_HOME: home.toString()], InputStream.nullInputStream()))
        List<String> saved = new File(SAVED, "$command-${example}.txt").readLines()

        then:
        withoutNotice(err.toString().readLines() + out.toString().readLines() + ["rc=$code".toString()]) == withoutNotice(saved)

        where:
        [command, example] << [['validate', 'plan'], ['quickstart', 'production', 'organization', 'reference']].combinations()
    }

    /** The built-in appliance's notice names a temporary VBAWS_HOME, which differs from run to run. */
    private static List<String> withoutNotice(List<String> lines) {
        lines.findAll { !it.startsWith('vbaws: using the built-in simulated appliance') }
    }

    def "validate --json carries each suggestion of the language as data, apart from the message"() {
        given:
        def file = home.resolve('typo.groovy')
        java.nio.file.Files.writeString(file, 'slaPolicy "a" {\n    account "backup-prod"; regions "us-east-1"; template "gold"\n    regoins "eu-west-1"\n}')
        def out = new StringWriter()

        when:
        int code = Main.run(['validate', '--json', file.toString()] as String[], new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true), new CliEnvironment([VBAWS_HOME: home.toString()], InputStream.nullInputStream()))
        def diagnostic = new groovy.json.JsonSlurper().parseText(out.toString()).diagnostics[0]

        then:
        code == 1
        diagnostic.line == 3
        diagnostic.column == 5
        diagnostic.message == 'unknown setting regoins in slaPolicy'
        diagnostic.suggestion == 'regions'
    }
}
