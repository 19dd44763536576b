package io.vbaws.cli

import io.vbaws.api.model.SlaPolicySpec
import io.vbaws.sim.RequestStats

import java.nio.file.Files

/** vbaws report: the HTML page or the CSV, for all policies or the ones named, and one of the two only. */
class ReportCommandSpec extends SimulatedApplianceCliSpec {

    def "report --html writes a page with a chart per policy; --csv a row per policy named by glob"() {
        given:
        def html = work.resolve('out/r.html')
        Files.createDirectories(html.parent)
        def csv = work.resolve('r.csv')
        def names = livePoliciesNames()

        when:
        def h = vbaws('report', '--html', html.toString())
        def c = vbaws('report', '--from', '7d', '--policy', names[0][0..2] + '*', '--csv', csv.toString())

        then:
        h.code == 0
        c.code == 0
        Files.readString(html).count('<svg') == names.size()
        Files.readString(html).contains('<h2>Instances that missed their SLA</h2>')
        def rows = Files.readAllLines(csv)
        rows.drop(1)*.split(',')*.getAt(0) == names.findAll { it.startsWith(names[0][0..2]) }
        h.err.startsWith("wrote ${html}: ${names.size()} policies")
    }

    def "report takes --html or --csv, one of them"() {
        expect:
        vbaws('report').code == 1
        vbaws('report', '--html', 'a', '--csv', 'b').err.contains('mutually exclusive')
    }

    def "a file in a directory that does not exist is refused, nothing written: #args"() {
        given:
        def missing = work.resolve('nonexistent/dir')
        def policies = script('p.groovy', PlanApplyEndToEndSpec.policy('out-dir-check'))

        when:
        def r = vbaws(*(args.collect { it.replace('MISSING', missing.toString()).replace('SCRIPT', policies.toString()) }))

        then:
        r.code == 1
        r.err.trim() == "vbaws: the directory $missing does not exist".toString()
        !Files.exists(work.resolve('nonexistent'))

        where:
        args << [['report', '--html', 'MISSING/x.html'], ['report', '--csv', 'MISSING/x.csv'],
                 ['export', '-o', 'MISSING/x.groovy'], ['export', '-o', 'MISSING/policies/'],
                 ['plan', '--out', 'MISSING/prod.plan', 'SCRIPT']]
    }

    def "export -o DIR/ still makes DIR itself, as documented"() {
        when:
        def r = vbaws('export', '-o', work.resolve('new-policies').toString() + '/')

        then:
        r.code == 0
        Files.list(work.resolve('new-policies')).count() > 0
    }

    def "a report reads the policies and templates once, not once per policy, and several policies at a time"() {
        given: 'twelve more policies, on an appliance that takes 20 ms over each answer'
        def c = client()
        def region = c.regions().find { it.name() == 'us-east-1' }
        def role = c.accounts().find { it.name() == 'backup-prod' }
        def gold = c.slaTemplates().find { it.name() == 'gold' }
        def added = (1..12).collect { i ->
            c.createPolicy(SlaPolicySpec.builder().name("report-reads-$i").identityId(role.id()).backupType('AllItems')
                    .regionIds([region.id()]).slaTemplateId(gold.id()).build())
        }
        int policies = c.allPolicies().size()
        sim.faults().configure('latency=20ms')
        sim.stats().reset()

        when:
        def r = vbaws('report', '--csv', work.resolve('reads.csv').toString())
        def perPolicy = sim.stats().timeline().findAll { it.path().endsWith('/slaResults') || it.path().endsWith('/cost') }

        then:
        r.code == 0
        sim.stats().count('GET', '/api/v1/policy/ec2SlaBasedPolicies') <= 3
        sim.stats().count('GET', '/api/v1/policyTemplates/slaTemplates') <= 2
        sim.stats().count('GET', '/api/v1/policy/ec2SlaBasedPolicies/{policyId}/slaResults') == policies
        mostAtOnce(perPolicy) > 1

        cleanup:
        sim.faults().clear()
        added.each { c.deletePolicy(it.id()) }
        c.close()
    }

    /** The most requests of {@code timed} that were being answered at the same moment. */
    static int mostAtOnce(List<RequestStats.Timed> timed) {
        def events = timed.collectMany { [[it.arrivedMs(), 1], [it.endedMs(), -1]] }.sort { a, b -> a[0] <=> b[0] ?: a[1] <=> b[1] }
        int now = 0
        int most = 0
        events.each { now += it[1]; most = Math.max(most, now) }
        most
    }

    List<String> livePoliciesNames() {
        def c = client()
        try {
            c.allPolicies().sort { it.priority() }*.name()
        } finally {
            c.close()
        }
    }
}
