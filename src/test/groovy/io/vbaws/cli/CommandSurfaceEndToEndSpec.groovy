package io.vbaws.cli

import groovy.json.JsonSlurper
import io.vbaws.api.model.SlaPolicySpec

import java.nio.file.Files
import java.nio.file.Path

/**
 * What a user meets around plan and apply: status and profiles, directories of scripts, JSON
 * diagnostics, the appliance's warnings, export to a directory, and names that try to act on the terminal.
 */
class CommandSurfaceEndToEndSpec extends SimulatedApplianceCliSpec {

    static final String ESC = '\u001B'

    Map run(Map<String, String> env, String... args) {
        def out = new StringWriter()
        def err = new StringWriter()
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new CliEnvironment(env, new ByteArrayInputStream(new byte[0])))
        [code: code, out: out.toString(), err: err.toString()]
    }

    static String policy(String name, String extra = '') {
        PlanApplyEndToEndSpec.policy(name, extra)
    }

    def "status says which appliance, its version, the user and role, the profile and how TLS is trusted"() {
        when:
        def r = vbaws('status')

        then:
        r.code == 0
        r.out.readLines() == [
                "Appliance: ${sim.baseUri()}".toString(),
                'Profile:   none',
                'TLS:       none: plain HTTP, not encrypted',
                "Version:   ${client().systemVersion().version()}".toString(),
                'User:      admin (role Administrator)']
    }

    def "status against an unreachable appliance puts a space after Connection:"() {
        given:
        int port = new ServerSocket(0).withCloseable { it.localPort }

        when:
        def r = run(environment() + [VBAWS_URL: "http://127.0.0.1:$port".toString()], 'status', '--connect-timeout', '2s', '--timeout', '5s')

        then:
        r.code == 1
        r.out.readLines().last().startsWith('Connection: failed: ')
    }

    def "profiles lists the profiles of VBAWS_HOME/config, the one in use marked, and status names it"() {
        given:
        Path home = work.resolve('profiled')
        Files.createDirectories(home)
        Files.writeString(home.resolve('config'), """
            [default]
            url = https://vbaws.example.com:11005
            username = backup-admin

            [profile lab]
            url = ${sim.baseUri()}
            username = admin
            """.stripIndent())
        def env = [VBAWS_HOME: home.toString(), VBAWS_PROFILE: 'lab', VBAWS_PASSWORD: PASSWORD]

        when:
        def listed = run(env, 'profiles')

        then:
        listed.code == 0
        listed.out.readLines()[0] == "Profiles in ${home.resolve('config')}:".toString()
        listed.out.readLines()[1] ==~ /\s+NAME\s+URL\s+USER\s+TLS/
        listed.out.readLines().find { it.contains('default') } ==~ /\s+default\s+https:\/\/vbaws\.example\.com:11005\s+backup-admin\s+verified/
        listed.out.readLines().find { it.contains(" lab ") } ==~ /\*\s+lab\s+http:\/\/127\.0\.0\.1:\d+\s+admin\s+none \(plain HTTP\)/

        when:
        def status = run(env, 'status')

        then:
        status.code == 0
        status.out.contains('Profile:   lab')
        status.out.contains("Appliance: ${sim.baseUri()}")
    }

    def "without VBAWS_HOME, vbaws keeps its files under HOME/.vbaws, following the HOME variable"() {
        given:
        Path home = work.resolve('user-home')
        Files.createDirectories(home.resolve('.vbaws'))
        Files.writeString(home.resolve('.vbaws/config'), '[profile here]\nurl = https://h.example.com:11005\n')

        expect:
        VbawsHome.from(new CliEnvironment([HOME: home.toString()], InputStream.nullInputStream())).dir() == home.resolve('.vbaws')
        run([HOME: home.toString()], 'profiles').out.contains("Profiles in ${home.resolve('.vbaws/config')}:")
    }

    def "the built-in appliance says so once per VBAWS_HOME, and never under --quiet"() {
        given:
        Map env = [VBAWS_HOME: work.resolve('builtin-home').toString()]

        when:
        def quiet = run(env, '--quiet', 'status')
        def first = run(env, 'status')
        def second = run(env, 'status')

        then:
        [quiet, first, second]*.code == [0, 0, 0]
        !quiet.err.contains('built-in simulated appliance')
        first.err.count('vbaws: using the built-in simulated appliance') == 1
        !second.err.contains('built-in simulated appliance')
        second.out.startsWith('Appliance: the built-in simulated appliance')
    }

    def "plan --json on a script error prints every diagnostic as JSON on stdout, and exits 1"() {
        given:
        def file = script('diag.groovy', 'slaPolicy "d" {\n    account "backup-prod"; regions "us-east-1"; template "goldd"\n    retries 500\n}')

        when:
        def r = vbaws('plan', '--json', file.toString())
        def doc = new JsonSlurper().parseText(r.out)

        then:
        r.code == 1
        doc.valid == false
        doc.diagnostics.collect { [it.severity, it.line, it.message] } == [['error', 3, 'retries must be 0..100, not 500']]
    }

    def "plan --json on a name the appliance lacks gives the suggestion apart"() {
        given:
        def file = script('diag2.groovy', 'slaPolicy "d" {\n    account "backup-prod"; regions "us-east-1"; template "goldd"\n}')

        when:
        def doc = new JsonSlurper().parseText(vbaws('plan', '--json', file.toString()).out)

        then:
        doc.diagnostics == [[severity: 'error', file: file.toString(), line: 2, column: 58, message: 'unknown SLA template "goldd"',
                             suggestion: 'gold', suggestions: ['gold'], source_line: null]]
    }

    def "plan and apply take a directory: every *.groovy below it"() {
        given:
        Path dir = work.resolve('tree')
        Files.createDirectories(dir.resolve('team-b'))
        Files.writeString(dir.resolve('a.groovy'), policy('e2e-dir-a'))
        Files.writeString(dir.resolve('team-b/b.groovy'), policy('e2e-dir-b'))

        when:
        def plan = planJson(dir)

        then:
        plan.changes.collect { [it.action, it.policy] } == [['create', 'e2e-dir-a'], ['create', 'e2e-dir-b']]

        when:
        def apply = vbaws('apply', '--auto-approve', dir.toString())

        then:
        apply.code == 0
        livePolicies('e2e-dir-a', 'e2e-dir-b').size() == 2
    }

    def "the apply report shows each warning the appliance gave"() {
        given: 'a policy over a region where no instance lives'
        def file = script('empty-region.groovy', policy('e2e-empty-region').replace('regions "us-east-1"', 'regions "ap-south-1"'))

        when:
        def r = vbaws('apply', '--auto-approve', file.toString())

        then:
        r.code == 0
        r.out.contains("    warning from the appliance: The policy's scope matches no EC2 instance today")
        r.out.readLines().contains('Warnings from the appliance:')
        r.out.contains("  e2e-empty-region: The policy's scope matches no EC2 instance today")
    }

    def "export -o DIR/ writes one file per policy, and planning the directory finds nothing to do"() {
        given:
        applyAll(script('exp.groovy', policy('e2e-export-a') + policy('e2e-export-b')))
        Path out = work.resolve('exported')

        when:
        def r = vbaws('export', '--target', 'e2e-export-*', '-o', out.toString() + '/')

        then:
        r.code == 0
        Files.list(out).withCloseable { it.map { it.fileName.toString() }.sorted().toList() } == ['e2e-export-a.groovy', 'e2e-export-b.groovy']
        r.err.contains("Exported 2 policies to $out/ (one file per policy)")

        when:
        def plan = vbaws('plan', '--json', '--target', 'e2e-export-*', out.toString())

        then:
        new JsonSlurper().parseText(plan.out).changes == []
    }

    def "a name with terminal escapes, made through the API, is shown escaped by plan, apply, prune and export"() {
        given: 'a policy whose name clears the screen'
        String evil = "evil${ESC}[2J${ESC}]0;pwned\u0007".toString()
        def c = client()
        def base = c.allPolicies().find { it.name() == 'legacy-nightly' }.toSpec()
        c.createPolicy(base.toBuilder().name(evil).build())
        c.close()
        def first = script('first.groovy', policy('e2e-first-in-line', 'priority 1'))
        def none = script('none.groovy', policy('e2e-first-in-line', 'priority 1'))

        when: 'a plan that lists it, an apply that moves it, a prune that deletes it, and an export that names it'
        def runs = [
                vbaws('plan', '--no-color', '--target', 'evil*', '--target', 'e2e-first-in-line', first.toString()),
                vbaws('apply', '--auto-approve', '--no-color', '--target', 'evil*', '--target', 'e2e-first-in-line', first.toString()),
                vbaws('export', '--target', 'evil*'),
                vbaws('export', '--target', 'evil*', '-o', work.resolve('evil-out').toString() + '/'),
                vbaws('apply', '--auto-approve', '--no-color', '--prune', '--target', 'evil*', '--target', 'e2e-first-in-line', none.toString()),
        ]

        then: 'no escape reaches the terminal, and each says the name in escaped form'
        runs*.code == [0, 0, 0, 0, 0]
        runs.every { !it.out.contains(ESC) && !it.err.contains(ESC) && !it.out.contains('\u0007') }
        runs[0].out.contains('1 unmanaged policy, left alone: evil\\u001b[2J\\u001b]0;pwned\\u0007')
        runs[1].out.contains('# evil\\u001b[2J\\u001b]0;pwned\\u0007: priority ')
        runs[2].out.contains('slaPolicy "evil\\u001b[2J\\u001b]0;pwned\\u0007"')
        Files.exists(work.resolve('evil-out/evil__2J__0_pwned_.groovy'))
        runs[4].out.contains('- evil\\u001b[2J\\u001b]0;pwned\\u0007: deleted')
        client().allPolicies().every { it.name() != evil }
    }
}
