package io.vbaws.runbook

import io.vbaws.query.ComplianceReport
import io.vbaws.query.SlaChart
import spock.lang.Specification

import java.time.Instant

/** The HTML report: self-contained, phone-readable and printable, with SVG bars that match the data on one axis. */
class HtmlReportSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-30T08:00:00Z')

    static SlaChart.Bar bar(int day, Double percent) {
        def from = String.format('2026-11-%02dT00:00:00Z', day)
        new SlaChart.Bar(from, from, percent, percent == null ? 'NotCalculated' : percent >= 97 ? 'MetSla' : 'MissedSla')
    }

    ComplianceReport report = new ComplianceReport(NOW, NOW.minusSeconds(30 * 86400), NOW, [
        new ComplianceReport.PolicyStanding('prod-<web>', true, 99.0d,
                [Snapshot: 98.5d, Replica: null, Backup: 99.5d, Archive: null],
                [bar(1, 100.0d), bar(2, 72.5d), bar(3, null), bar(4, 99.0d)], 123.456G, 2),
        new ComplianceReport.PolicyStanding('finance-db', false, 97.0d,
                [Snapshot: 100.0d, Replica: 100.0d, Backup: null, Archive: null],
                [bar(1, 97.5d), bar(2, 100.0d)], 10G, 0),
    ], 70.0d, [[policy: 'prod-<web>', instanceName: 'web-01\u001b[31m', region: 'us-east-1',
                sessionStart: '2026-11-02T02:00:00Z', status: 'Failed', reason: 'Snapshot failed: quota'],
               [policy: 'prod-<web>', instanceName: 'db-01', region: 'eu-west-1',
                sessionStart: '2026-11-02T03:00:00Z', status: 'Failed', reason: 'Volume busy']])

    String html = new HtmlReport().render(report)

    /** Each SVG of the page, parsed as XML: its attributes, its bars and its target line. */
    List<Map> svgs() {
        (html =~ /(?s)<svg.*?<\/svg>/).collect { String text ->
            def doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text.getBytes('UTF-8'))).documentElement
            def attrs = { org.w3c.dom.Element e -> (0..<e.attributes.length).collectEntries { [e.attributes.item(it).nodeName, e.attributes.item(it).nodeValue] } }
            def rects = doc.getElementsByTagName('rect')
            def lines = doc.getElementsByTagName('line')
            [svg: attrs(doc), rects: (0..<rects.length).collect { attrs(rects.item(it)) },
             lines: (0..<lines.length).collect { attrs(lines.item(it)) }]
        }
    }

    def "each policy's trend is an SVG whose bars are as tall as their percent on the one common axis"() {
        when:
        def charts = svgs()

        then:
        charts.size() == 2
        charts.every { it.svg['data-axis-low'] == '70.0' }
        def expected = report.policies().collect { p -> p.trend().findAll { it.achievedSlaPercent() != null } }
        [charts, expected].transpose().every { svg, bars ->
            def rects = svg.rects.findAll { it['class'].startsWith('bar') }
            rects.size() == bars.size() && [rects, bars].transpose().every { rect, b ->
                double h = rect.height as double
                double y = rect.y as double
                Math.abs(h - (b.achievedSlaPercent() - 70.0) / 30.0 * 120) < 0.01 && Math.abs(y + h - 120) < 0.01 &&
                        (rect['data-percent'] as double) == b.achievedSlaPercent() &&
                        rect['class'] == (b.achievedSlaPercent() >= report.policies().find { it.trend().contains(b) }.targetSla() ? 'bar met' : 'bar missed')
            }
        }
        // The target line sits at its percent on the same axis.
        Math.abs((charts[0].lines[0].y1 as double) - (120 - (99.0 - 70.0) / 30.0 * 120)) < 0.01
        // 100% fills the chart; 72.5% is a stub near the bottom.
        (charts[0].rects.find { it['data-percent'] == '100.00' }.height as double) == 120.0d
    }

    def "the page is self-contained: no scripts, no external fonts, styles, images or links"() {
        expect:
        !html.contains('<script')
        !html.contains('<link')
        !html.contains('@import')
        !html.contains('url(')
        !(html =~ /(?i)\b(src|href)\s*=/)
        (html =~ /https?:\/\/[^"]*/).collect { it } == ['http://www.w3.org/2000/svg'] * 2
    }

    def "the page reads on a phone and prints: viewport, one column, tables that scroll, print styles"() {
        expect:
        html.contains('<meta name="viewport" content="width=device-width, initial-scale=1">')
        html.contains('@media print')
        html.contains('max-width:60rem')
        html.contains('class="scroll"')
    }

    def "compliance against target, missed instances with the reason, and cost are on the page, escaped"() {
        expect:
        html.contains('<td>prod-&lt;web&gt;</td><td class="n">99.0%</td><td class="n">98.5%</td><td class="n">–</td>')
        html.contains('below target')
        html.contains('finance-db (disabled)')
        html.contains('<td class="n">$123.46</td>')
        html.contains('Total monthly cost</th><th class="n">$133.46</th>')
        html.contains('<td class="reason">Snapshot failed: quota</td>')
        html.contains('<td>web-01\\u001b[31m</td>')
        !html.contains('\u001b')
        html.count('<tr><td>prod-&lt;web&gt;</td><td>') == 2
    }
}
