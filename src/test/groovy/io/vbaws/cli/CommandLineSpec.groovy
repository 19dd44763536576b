package io.vbaws.cli

import spock.lang.Specification

/** The command line's surface: version, help on every command with the exit codes, usage errors. */
class CommandLineSpec extends Specification {

    Map run(String... args) {
        def out = new StringWriter()
        def err = new StringWriter()
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new CliEnvironment([VBAWS_HOME: File.createTempDir().path], new ByteArrayInputStream(new byte[0])))
        [code: code, out: out.toString(), err: err.toString()]
    }

    def "the parser is readied at start-up only when the command line names a script or a directory: #args"() {
        expect:
        Main.namesScripts(args as String[]) == readied

        where:
        args                                        || readied
        ['plan', 'prod.groovy']                     || true
        ['--profile', 'prod', 'validate', 'a.groovy'] || true
        ['plan', 'src']                             || true
        ['run', 'runbooks/nightly.groovy']          || true
        ['apply', 'prod.plan']                      || false
        ['status']                                  || false
        ['--version']                               || false
        ['plan', 'no-such-dir/']                    || false
        ['plan', 'bad\u0000path']                   || false
        ['appliance', 'serve', '--state', 'src']    || false
        ['plan', 'appliance.groovy']                || true
    }

    def "--version prints the version and the API version"() {
        when:
        def r = run('--version')

        then:
        r.code == 0
        r.out =~ /^vbaws \S+ \(Veeam Backup for AWS REST API 1\.8-rev0\)/
    }

    def "vbaws #command --help describes the command, lists the exit codes it can give, and shows two or three examples"() {
        when:
        def r = run(*(command.split(' ') as List), '--help')
        def examples = r.out.readLines().dropWhile { it != 'Examples:' }.drop(1).takeWhile { it.startsWith('  ') }

        then:
        r.code == 0
        r.out.contains("Usage: vbaws $command")
        r.out.contains('Exit codes:')
        r.out.contains('--detailed-exitcode only: changes present') == (command == 'plan')
        examples.size() in 2..3
        examples.every { it.trim().startsWith('vbaws ') || it.trim() =~ /^[A-Z_]+=\S+ vbaws / }

        where:
        command << ['plan', 'apply', 'validate', 'repl', 'run', 'report', 'export', 'status', 'profiles', 'appliance', 'appliance serve',
                    'appliance reset']
    }

    def "the top-level help gives each command a whole sentence, never one cut short"() {
        when:
        def r = run('--help')
        List<String> lines = r.out.readLines()
        def summaries = lines.dropWhile { it != 'Commands:' }.drop(1).takeWhile { it }
                .inject([]) { List acc, String line -> line =~ /^  \S/ ? acc + [line.trim()] : acc.init() + [acc.last() + ' ' + line.trim()] }

        then:
        summaries.size() >= 10
        summaries.every { it =~ /[.)]$/ }
    }

    def "a mistyped command names the closest one"() {
        when:
        def r = run('plna')

        then:
        r.code == 1
        r.err.readLines()[0] == "vbaws: unknown command 'plna'; did you mean 'plan'?"
        r.err.contains("Try 'vbaws --help'")
    }

    def "a bad duration says what to write, with no Java class name: #args"() {
        when:
        def r = run(*args)

        then:
        r.code == 1
        r.err.contains("not a duration: 'abc' (write it as 500ms, 10s, 5m or 1h)")
        r.err.contains('--timeout')
        !(r.err =~ /java\.|Exception/)

        where:
        args << [['--timeout=abc', 'status'], ['status', '--timeout', 'abc']]
    }

    def "a mistyped option names the closest one"() {
        when:
        def r = run('plan', 'x.groovy', '--detailed-exitcod')

        then:
        r.code == 1
        r.err.contains("Unknown option: '--detailed-exitcod'; did you mean '--detailed-exitcode'?")
    }

    def "vbaws run without a runbook prints its usage on stderr and exits 1"() {
        when:
        def r = run('run')

        then:
        r.code == 1
        r.err.startsWith('Usage: vbaws run')
        r.out == ''
    }

    def "the global options are accepted after any command"() {
        when:
        def r = run('plan', 'x.groovy', '--help', '--no-color', '--debug', '--api-version', '1.8-rev0')

        then:
        r.code == 0
    }

    def "the top-level help lists every command of the design and the environment variables"() {
        when:
        def r = run('--help')

        then:
        r.code == 0
        ['plan', 'apply', 'validate', 'repl', 'run', 'export', 'status', 'profiles', 'appliance'].every { r.out =~ /(?m)^\s+$it\s/ }
        ['VBAWS_URL', 'VBAWS_USERNAME', 'VBAWS_PASSWORD', 'VBAWS_PASSWORD_FILE', 'VBAWS_HOME', 'NO_COLOR'].every { r.out.contains(it) }
    }

    def "a usage mistake exits 1, says what was wrong and points at --help"() {
        when:
        def r = run('plan', 'x.groovy', '--no-such-option')

        then:
        r.code == 1
        r.err.contains("Unknown option: '--no-such-option'")
        r.err.contains("Try 'vbaws plan --help'")
    }

    def "a command line builds only the command it names: #args"() {
        expect:
        Main.commandLine(CliEnvironment.system(), args as String[]).subcommands.keySet() as List == built

        where:
        args                                                   || built
        ['plan', 'x.groovy']                                   || ['plan']
        ['--debug', '-q', 'validate', 'x.groovy']              || ['validate']
        ['--profile', 'plan', 'apply', 'x.groovy']             || ['apply']
        ['--timeout=5m', 'repl', '-e', '1']                    || ['repl']
        ['plna']                                               || ['plan', 'apply', 'validate', 'repl', 'run', 'report', 'export', 'status', 'profiles', 'appliance', 'help']
        []                                                     || ['plan', 'apply', 'validate', 'repl', 'run', 'report', 'export', 'status', 'profiles', 'appliance', 'help']
        ['--no-such-option', 'plan']                           || ['plan', 'apply', 'validate', 'repl', 'run', 'report', 'export', 'status', 'profiles', 'appliance', 'help']
        ['help', 'plan']                                       || ['plan', 'apply', 'validate', 'repl', 'run', 'report', 'export', 'status', 'profiles', 'appliance', 'help']
    }

    def "vbaws help #command describes that command"() {
        when:
        def r = run('help', command)

        then:
        r.code == 0
        r.out.startsWith("Usage: vbaws $command")
        !r.err.contains('Unknown subcommand')

        where:
        command << ['plan', 'apply', 'status']
    }

    def "vbaws help lists every command and ends its output with a newline"() {
        when:
        def r = run('help')

        then:
        r.code == 0
        ['plan', 'apply', 'validate', 'repl', 'run', 'report', 'export', 'status', 'profiles', 'appliance'].every { r.out =~ /(?m)^\s+$it\s/ }
        r.out.endsWith('\n')
    }

    def "only apply's exit-code footer speaks of applying: #command"() {
        when:
        def r = run(*(command.split(' ') as List), '--help')
        def codes = r.out.readLines().dropWhile { it != 'Exit codes:' }.drop(1).takeWhile { it.startsWith('  ') }.join('\n')

        then:
        codes.contains('1')
        codes.contains('apply') == (command == 'apply')

        where:
        command << ['plan', 'apply', 'validate', 'repl', 'run', 'report', 'export', 'status', 'profiles', 'appliance', 'appliance serve']
    }

    def "an error escaping a command is one line without a stack trace, and --debug adds the trace"() {
        given:
        def handler = new FailureReport()
        def cli = Main.commandLine(CliEnvironment.system())
        def err = new StringWriter()
        cli.err = new PrintWriter(err, true)

        when:
        def parsed = cli.parseArgs(*args)
        int code = handler.handleExecutionException(new IllegalArgumentException('(prod.groovy, line 3) unknown region'), cli, parsed)

        then:
        code == 1
        err.toString().startsWith('vbaws: (prod.groovy, line 3) unknown region')
        err.toString().contains('\tat ') == trace

        where:
        args                             | trace
        ['plan', 'x.groovy']             | false
        ['plan', 'x.groovy', '--debug']  | true
        ['--debug', 'plan', 'x.groovy']  | true
    }
}
