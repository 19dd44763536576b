package io.vbaws.repl
import io.vbaws.query.SlaChart

import spock.lang.Specification

/** The SLA chart: one bar per period, a line at the target, bars short of it are misses. */
class ChartRendererSpec extends Specification {
    def chart = new SlaChart('legacy-nightly', 97.0d, null, 'Daily', [
        new SlaChart.Bar('2026-10-01T00:00:00Z', '2026-10-01T23:59:59Z', 100.0d, 'MetSla'),
        new SlaChart.Bar('2026-10-02T00:00:00Z', '2026-10-02T23:59:59Z', 93.5d, 'MissedSla'),
        new SlaChart.Bar('2026-10-03T00:00:00Z', '2026-10-03T23:59:59Z', null, 'NotCalculated'),
    ])

    def "each period is a bar as long as its percent on the chart's scale, with the target line"() {
        when:
        def lines = new ChartRenderer(80).render(chart).readLines()
        def bar = { String line -> line.substring(12, 12 + barWidth(lines)) }

        then:
        lines[0] == 'legacy-nightly: SLA compliance per period (Daily), target 97.0%'
        lines[1].contains('90%') && lines[1].contains('100%') && lines[1].contains('▼')
        lines[2].startsWith('2026-10-01  ') && lines[2].endsWith('100.0%  MetSla')
        lines[3].endsWith(' 93.5%  MissedSla')
        lines[4].endsWith('   n/a  NotCalculated')
        bar(lines[2]).chars().allMatch { it == ('█' as char) }
        // 93.5 on a 90..100 scale fills about a third, and stops short of the target line at 97.
        def missed = bar(lines[3])
        missed.indexOf('│') > missed.lastIndexOf('█')
        Math.abs(missed.count('█') - Math.round(0.35 * missed.length())) <= 1
        bar(lines[4]).trim() == '│'
        lines[1].indexOf('▼') == lines[3].indexOf('│')
    }

    def "the scale starts at a round value under the lowest bar and the target"() {
        expect:
        ChartRenderer.lowerBound(new SlaChart('p', target, null, null, values.collect { new SlaChart.Bar('d', 'd', it, null) })) == low

        where:
        values        | target | low
        [99.0, 98.0]  | 97.0   | 90.0
        [62.0, 99.0]  | 95.0   | 60.0
        [100.0]       | null   | 90.0
        [0.5]         | 99.0   | 0.0
    }

    int barWidth(List<String> lines) {
        lines[1].length() - 12 >= 10 ? lines[2].length() - 12 - '  100.0%  MetSla'.length() : 10
    }
}
