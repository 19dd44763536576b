package io.vbaws.cli

import io.vbaws.inventory.FakeAppliance
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** vbaws validate FILES [--online]: exit codes, every error listed, a one-line summary. */
class ValidateCommandSpec extends Specification {

    @TempDir Path dir
    StringWriter out = new StringWriter()
    StringWriter err = new StringWriter()

    int validate(List<String> args, Map<String, String> env = [VBAWS_HOME: dir.resolve('home').toString()]) {
        Main.run(args as String[], new PrintWriter(out), new PrintWriter(err), new CliEnvironment(env, InputStream.nullInputStream()))
    }

    String file(String name, String text) {
        def f = dir.resolve(name)
        java.nio.file.Files.writeString(f, text)
        f.toString()
    }

    def "valid scripts exit 0 with a one-line summary"() {
        when:
        int code = validate(['validate', 'dsl-examples/quickstart.groovy', 'dsl-examples/production.groovy', 'dsl-examples/organization.groovy'])

        then:
        code == 0
        out.toString().trim() == '3 files, 8 policies: valid.'
        err.toString().isEmpty()
    }

    def "one file with one policy says so in the singular"() {
        expect:
        validate(['validate', 'dsl-examples/quickstart.groovy']) == 0
        out.toString().trim() == '1 file, 1 policy: valid.'
    }

    def "invalid scripts exit 1 and list every error of every file, then a summary"() {
        given:
        String a = file('a.groovy', 'slaPolicy "a" {\n    regions "us-east-1"\n    retries 500\n}')
        String b = file('b.groovy', 'slaPolicy "b" {\n    account "backup-prod"; regions "us-east-1"; template "gold" }\n}')

        when:
        int code = validate(['validate', a, b])
        def lines = err.toString().readLines()

        then:
        code == 1
        out.toString().isEmpty()
        lines == [
                "($a, line 1, column 11) policy \"a\" has no identity: expected account \"ROLE\" or organization \"ORG\" in the policy or in the file's defaults".toString(),
                "($a, line 1, column 11) policy \"a\" has no SLA template: expected template \"NAME\" in the policy or in the file's defaults".toString(),
                "($a, line 3, column 5) retries must be 0..100, not 500".toString(),
                "($b, line 3, column 1) unexpected '}': one '}' too many, or a '{' missing before it".toString(),
                '    }',
                '    ^',
                '2 files: 4 errors.']
    }

    def "a missing file or directory is an error that says so, not a stack trace, listed with the other files' errors: #name"() {
        given:
        String other = file('other.groovy', 'slaPolicy "o" { account "backup-prod"; regions "us-east-1"; template "gold"; retries "x" }')

        expect:
        validate(['validate', dir.resolve(name).toString(), other]) == 1
        err.toString().readLines()[0] == "(${dir.resolve(name)}) no such file or directory".toString()
        err.toString().readLines()[1].startsWith("($other, line 1")
        err.toString().readLines()[2] == '2 files: 2 errors.'

        where:
        name << ['nope.groovy', 'nosuchdir/']
    }

    def "validate needs at least one file"() {
        expect:
        validate(['validate']) == 1
        err.toString().contains('Missing required parameter')
    }

    def "offline validation needs no appliance, even with none configured"() {
        expect:
        validate(['validate', 'dsl-examples/reference.groovy'], [HOME: dir.toString()]) == 0
    }

    def "--online resolves every name against the appliance"() {
        given:
        FakeAppliance appliance = new FakeAppliance()

        when:
        int code = validate(['validate', '--online', 'dsl-examples/production.groovy', 'dsl-examples/reference.groovy'], appliance.environment())

        then:
        code == 0
        out.toString().trim() == '2 files, 7 policies: valid.'
        appliance.count('GET', '/cloudInfrastructure/regions') == 1
        !(out.toString() + err.toString()).contains(FakeAppliance.PASSWORD)

        cleanup:
        appliance.close()
    }

    def "--online resolves the examples against the simulated appliance's small estate"() {
        given:
        def sim = io.vbaws.sim.SimulatedAppliance.start(io.vbaws.sim.SimOptions.defaults(dir.resolve('sim')))
        def env = [VBAWS_URL: sim.baseUri().toString(), VBAWS_USERNAME: 'admin',
                   VBAWS_PASSWORD: io.vbaws.sim.SimOptions.DEFAULT_ADMIN_PASSWORD, VBAWS_HOME: dir.resolve('home').toString()]

        when:
        int code = validate(['validate', '--online'] + new File('dsl-examples').listFiles()*.path.sort(), env)

        then:
        code == 0
        out.toString().trim() == '4 files, 9 policies: valid.'
        !err.toString().contains(io.vbaws.sim.SimOptions.DEFAULT_ADMIN_PASSWORD)

        cleanup:
        sim.close()
    }

    def "--online lists names the appliance does not know, with the closest ones"() {
        given:
        FakeAppliance appliance = new FakeAppliance()
        String f = file('typo.groovy', 'slaPolicy "t" {\n    account "backup-prod"; regions "us-east-1"\n    template "goldd"\n    include instances: ["web-01", "web-1"]\n}')

        when:
        int code = validate(['validate', '--online', f], appliance.environment())

        then:
        code == 1
        err.toString().readLines() == [
                "($f, line 3, column 14) unknown SLA template \"goldd\"; did you mean \"gold\"?".toString(),
                "($f, line 4, column 35) unknown instance \"web-1\" in us-east-1; did you mean one of \"web-01\", \"web-02\", \"web-03\"?".toString(),
                '1 file: 2 errors.']

        cleanup:
        appliance.close()
    }

    def "--online lists the script errors of one file and the name errors of the policies they leave untouched, in one run"() {
        given:
        FakeAppliance appliance = new FakeAppliance()
        String bad = file('bad.groovy', 'slaPolicy "a" {\n    account "backup-prod"; regions "us-east-1"; template "gold"\n    retries "three"\n}\n'
                + 'slaPolicy "b" {\n    account "backup-prod"; regions "us-east-1"\n    template "goldd"\n}\n')
        String names = file('names.groovy', 'slaPolicy "c" {\n    account "backup-prodd"; regions "us-east1"; template "gold"\n}\n')

        when:
        int code = validate(['validate', '--online', bad, names], appliance.environment())

        then: 'a, whose block has the bad number, is not resolved; b and c are, and the region is the appliance\'s error, not the offline warning'
        code == 1
        def lines = err.toString().readLines()
        lines.collect { it.replaceFirst(/;.*/, '') } == [
                "($bad, line 3, column 5) retries takes a whole number, got \"three\"".toString(),
                "($bad, line 7, column 14) unknown SLA template \"goldd\"".toString(),
                "($names, line 2, column 13) unknown IAM role \"backup-prodd\"".toString(),
                "($names, line 2, column 37) unknown region \"us-east1\"".toString(),
                '2 files: 4 errors.']

        cleanup:
        appliance.close()
    }

    def "with script errors and an appliance that cannot be reached, --online lists the script errors alone"() {
        given:
        FakeAppliance appliance = new FakeAppliance()
        def env = appliance.environment()
        appliance.close()
        String bad = file('bad.groovy', 'slaPolicy "a" {\n    account "backup-prod"; regions "us-east-1"; template "gold"\n    retries "three"\n}\n'
                + 'slaPolicy "b" {\n    account "backup-prod"; regions "us-east-1"; template "gold"\n}\n')

        when:
        int code = validate(['validate', '--online', bad], env)

        then:
        code == 1
        err.toString().readLines() == ["($bad, line 3, column 5) retries takes a whole number, got \"three\"".toString(), '1 file: 1 error.']
    }

    def "--online against an appliance that cannot be reached fails in one line"() {
        given:
        FakeAppliance appliance = new FakeAppliance()
        def env = appliance.environment()
        appliance.close()

        when:
        int code = validate(['validate', '--online', 'dsl-examples/quickstart.groovy'], env)

        then:
        code == 1
        err.toString().readLines().size() == 1
        err.toString().startsWith('vbaws: ')
    }

    def "validate --json prints every diagnostic as one document on stdout: file, line, column, severity, message, suggestion"() {
        given:
        String f = file('bad.groovy', 'slaPolicy "p" {\n    account "backup-prod"; regions "us-east1"; template "gold"\n    retries 500\n}')

        when:
        int code = validate(['validate', '--json', f])
        def doc = new groovy.json.JsonSlurper().parseText(out.toString())

        then:
        code == 1
        err.toString().isEmpty()
        doc.format_version == '1'
        doc.valid == false
        doc.error_count == 1
        doc.warning_count == 1
        doc.diagnostics == [
                [severity: 'warning', file: f, line: 2, column: 36,
                 message: 'unknown AWS region "us-east1" (checked offline against the regions vbaws knows; the appliance decides online)',
                 suggestion: 'us-east-1', suggestions: ['us-east-1', 'us-east-2'], source_line: null],
                [severity: 'error', file: f, line: 3, column: 5, message: 'retries must be 0..100, not 500',
                 suggestion: null, suggestions: [], source_line: null]]
    }

    def "validate --json of valid scripts says so, with the counts and the warnings"() {
        given:
        String f = file('ok.groovy', 'slaPolicy "p" { account "backup-prod"; regions "eu-wst-1"; template "gold" }')

        when:
        int code = validate(['validate', '--json', f])
        def doc = new groovy.json.JsonSlurper().parseText(out.toString())

        then:
        code == 0
        doc.valid == true
        doc.files == 1
        doc.policies == 1
        doc.diagnostics*.severity == ['warning']
        doc.diagnostics[0].suggestion == 'eu-west-1'
    }

    def "an unknown region code is a warning offline and an error online, where the appliance decides"() {
        given:
        String f = file('region.groovy', 'slaPolicy "p" { account "backup-prod"; regions "us-east1"; template "gold" }')

        when:
        int offline = validate(['validate', f])

        then:
        offline == 0
        err.toString().contains('warning: unknown AWS region "us-east1"')
        out.toString().trim() == '1 file, 1 policy: valid, 1 warning.'

        when:
        FakeAppliance appliance = new FakeAppliance()
        out.buffer.setLength(0)
        err.buffer.setLength(0)
        int online = validate(['validate', '--online', f], appliance.environment())

        then:
        online == 1
        err.toString().readLines()[0] == "($f, line 1, column 48) unknown region \"us-east1\"; did you mean one of \"us-east-1\", \"us-east-2\"?".toString()
        !err.toString().contains('warning')

        cleanup:
        appliance?.close()
    }

    def "production workers without a role fail offline, at the line that says so"() {
        given:
        String f = file('workers.groovy', 'slaPolicy "p" {\n    account "backup-prod"; regions "us-east-1"; template "gold"\n    workers production: true\n}')

        expect:
        validate(['validate', f]) == 1
        err.toString().readLines()[0].startsWith("($f, line 3, column 5) workers production: true needs role:")
    }

    def "a directory stands for every *.groovy below it, in path order, hidden ones left out"() {
        given:
        def root = dir.resolve('policies')
        java.nio.file.Files.createDirectories(root.resolve('b/nested'))
        java.nio.file.Files.createDirectories(root.resolve('.git'))
        java.nio.file.Files.writeString(root.resolve('b/nested/z.groovy'), 'slaPolicy "z" { retries 500 }')
        java.nio.file.Files.writeString(root.resolve('a.groovy'), 'slaPolicy "a" { retries 500 }')
        java.nio.file.Files.writeString(root.resolve('b/m.groovy'), 'slaPolicy "m" { retries 500 }')
        java.nio.file.Files.writeString(root.resolve('.git/hook.groovy'), 'this is not a policy script (')
        java.nio.file.Files.writeString(root.resolve('notes.txt'), 'not a script')

        when:
        int code = validate(['validate', root.toString()])
        def files = err.toString().readLines().findAll { it.startsWith('(') }.collect { it.substring(1, it.indexOf(',')) }.unique()

        then:
        code == 1
        files == [root.resolve('a.groovy'), root.resolve('b/m.groovy'), root.resolve('b/nested/z.groovy')]*.toString()
        err.toString().readLines().last().startsWith('3 files: ')
    }

    def "a directory without scripts is a mistake, said in one line"() {
        given:
        def empty = java.nio.file.Files.createDirectories(dir.resolve('empty'))

        expect:
        validate(['validate', empty.toString()]) == 1
        err.toString().trim() == "vbaws: no *.groovy files in $empty"
    }
}
