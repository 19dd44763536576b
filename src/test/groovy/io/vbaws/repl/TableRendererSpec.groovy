package io.vbaws.repl

import spock.lang.Specification

/** Tables that fit the terminal: alignment, number formats, cut cells, the expanded view. */
class TableRendererSpec extends Specification {
    def rows = [
        [instanceName: 'web-01', status: 'MissedSla', achievedSlaPercent: 89.2857, planned: 56, cost: 1.5G, totalCost: 3.9G],
        [instanceName: 'a-very-long-instance-name-from-a-tag', status: 'MetSla', achievedSlaPercent: 100.0d, planned: 8,
         cost: null, totalCost: 12G],
    ]

    def "numbers are right-aligned, percents have one decimal and costs two"() {
        when:
        def lines = new TableRenderer(200).render(rows).readLines()

        then:
        lines[0] == 'instanceName                          status     achievedSlaPercent  planned  cost  totalCost'
        lines[1] == '------------------------------------  ---------  ------------------  -------  ----  ---------'
        lines[2] == 'web-01                                MissedSla                89.3       56   1.5       3.90'
        lines[3] == 'a-very-long-instance-name-from-a-tag  MetSla                  100.0        8            12.00'
    }

    def "a table wider than the terminal cuts its widest text cells with an ellipsis"() {
        when:
        def lines = new TableRenderer(72).render(rows).readLines()

        then:
        lines.every { it.length() <= 72 }
        lines[3] ==~ /^a-very-long-\S*…  MetSla .*/
        lines[3].contains('100.0')
        lines[2].contains('89.3')
    }

    def "ID columns are cut before names"() {
        given:
        def r = [[name: 'legacy-nightly', id: '11111111-0000-4000-8000-000000000001']]

        when:
        def lines = new TableRenderer(30).render(r).readLines()

        then:
        lines[2] == 'legacy-nightly  11111111-0000…'
    }

    def "rows that cannot fit print one record per block"() {
        when:
        def text = new TableRenderer(40).render(rows)
        def lines = text.readLines()

        then:
        lines[0].startsWith('-[ 1 ]')
        lines[1] ==~ /instanceName\s+web-01/
        lines.contains('-[ 2 ]' + '-' * (lines[lines.findIndexOf { it.startsWith('-[ 2 ]') }].length() - 6))
        lines.find { it.startsWith('achievedSlaPercent') } ==~ /achievedSlaPercent\s+89\.3/
        lines.every { it.length() <= 40 }
        lines.any { it.endsWith('…') }
    }

    def "columns are the union of the rows' keys in first-seen order; absent values are empty"() {
        when:
        def lines = new TableRenderer(80).render([[a: 1], [b: 'x', a: 2]]).readLines()

        then:
        lines == ['a  b', '-  -', '1', '2  x']
    }
}
