package io.vbaws.cli

import groovy.json.JsonSlurper
import io.vbaws.dsl.PolicyScripts

import java.nio.file.Files
import java.nio.file.Path

/** Every runbook of runbooks/ against the simulated appliance, through vbaws run as a scheduler calls it. */
class ExampleRunbooksSpec extends SimulatedApplianceCliSpec {

    /** The JSON lines of a run, by type. */
    static Map<String, List<Map>> lines(String out) {
        out.readLines().findAll { it.startsWith('{') }.collect { new JsonSlurper().parseText(it) as Map }.groupBy { it.type }
    }

    Map enabledByName() {
        def c = client()
        try {
            c.allPolicies().collectEntries { [it.name(), it.isEnabled()] }
        } finally {
            c.close()
        }
    }

    def "maintenance-window --dry-run prints every write and sends none; the real run makes the same writes"() {
        given:
        def before = enabledByName()

        when:
        def dry = vbaws('run', 'runbooks/maintenance-window.groovy', '--param', 'region=us-east-1', '--param', 'hours=1',
                '--dry-run', '--json')
        def afterDry = enabledByName()
        def real = vbaws('run', 'runbooks/maintenance-window.groovy', '--param', 'region=us-east-1', '--param', 'hours=0',
                '--json')

        then:
        dry.code == 0
        real.code == 0
        def shown = lines(dry.out).write
        def made = lines(real.out).write
        shown.size() > 0
        shown.every { it.dryRun && it.outcome == 'not sent' }
        shown.collect { [it.method, it.policy, it.change] } == made.collect { [it.method, it.policy, it.change] }
        shown*.method == ['disable'] * (shown.size() / 2) + ['enable'] * (shown.size() / 2)
        made.every { !it.dryRun && it.outcome in ['disabled', 'enabled'] }
        dry.err.contains('would disable policy')
        afterDry == before
        enabledByName() == before
        lines(real.out).summary == [[type: 'summary', time: lines(real.out).summary[0].time, writes: made.size(),
                                     failures: 0, exitCode: 0, dryRun: false]]
    }

    def "weekly-compliance-report writes the HTML page and a CSV row per policy"() {
        given:
        Path out = work.resolve('reports')

        when:
        def r = vbaws('run', 'runbooks/weekly-compliance-report.groovy', '--param', "out=${out}", '--param', 'from=30d')

        then:
        r.code == 0
        def html = Files.readString(out.resolve('compliance.html'))
        html.contains('<svg') && !html.contains('<script')
        def csv = Files.readAllLines(out.resolve('compliance.csv'))
        csv[0].startsWith('policy,isEnabled,targetSla,')
        csv.size() - 1 == livePolicies(*enabledByName().keySet()).size()
        r.err.contains('instance(s) missed their SLA since 30d')
    }

    def "unprotected-instances writes a policy script that names exactly the unprotected instances and parses"() {
        given:
        Path out = work.resolve('protect.groovy')
        def c = client()
        def unprotected = c.virtualMachines(new io.vbaws.api.VirtualMachineQuery(null, null, false, null))
                .findAll { !it.isDeleted() }*.awsResourceId() as Set
        c.close()

        when:
        def r = vbaws('run', 'runbooks/unprotected-instances.groovy', '--param', "out=${out}")

        then:
        r.code == 0
        !unprotected.isEmpty()
        def text = Files.readString(out)
        (text =~ /"(i-[0-9a-f]+)"/).collect { it[1] } as Set == unprotected
        def declarations = new PolicyScripts().load([out])
        declarations.policies()*.name().every { it.startsWith('protect-unprotected-') }
    }

    def "drift-check exits 0 when the appliance matches the scripts and 2, naming the change, when it does not"() {
        given:
        Path dir = work.resolve('policies')
        Files.createDirectories(dir)
        assert vbaws('export', '-o', dir.toString() + '/').code == 0

        when:
        def same = vbaws('run', 'runbooks/drift-check.groovy', '--param', "scripts=${dir}")
        def c = client()
        def victim = c.allPolicies().find { it.isEnabled() }
        c.disablePolicy(victim.id())
        def drifted = vbaws('run', 'runbooks/drift-check.groovy', '--param', "scripts=${dir}", '--json')
        c.enablePolicy(victim.id())
        c.close()

        then:
        same.code == 0
        same.err.contains('no drift')
        drifted.code == 2
        lines(drifted.out).log.any { it.level == 'warn' && it.message.startsWith("drift: enable ${victim.name()}") }
        lines(drifted.out).summary[0].exitCode == 2
    }

    def "fleet-check asks every profile's appliance the same question, with the command line's other options"() {
        given:
        Path home = work.resolve('home')
        Files.createDirectories(home)
        Path password = work.resolve('pw')
        Files.writeString(password, PASSWORD + '\n')
        Files.writeString(home.resolve('config'), """
            [profile acme]
            url = ${sim.baseUri()}
            username = admin
            password-file = ${password}

            [profile globex]
            url = ${sim.baseUri()}
            username = admin
            password-file = ${password}
            """.stripIndent())
        Path out = work.resolve('fleet.csv')

        when:
        def r = vbaws('--api-version', '1.8-rev0', 'run', 'runbooks/fleet-check.groovy', '--param', "out=${out}")

        then:
        r.code == 0
        def csv = Files.readAllLines(out)
        csv[0] == 'profile,policies,enabled,missedInstances,failedSessions,unprotected'
        csv.drop(1)*.split(',')*.getAt(0) == ['acme', 'globex']
        csv[1].split(',').drop(1) == csv[2].split(',').drop(1)
        r.err.contains('acme: ') && r.err.contains('globex: ')
    }
}
