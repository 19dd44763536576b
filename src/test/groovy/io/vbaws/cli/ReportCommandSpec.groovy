package io.vbaws.cli

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

    List<String> livePoliciesNames() {
        def c = client()
        try {
            c.allPolicies().sort { it.priority() }*.name()
        } finally {
            c.close()
        }
    }
}
