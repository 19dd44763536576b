package io.vbaws.api

import mockwebserver3.Dispatcher
import mockwebserver3.MockResponse
import mockwebserver3.RecordedRequest

class ApplianceClientPagingSpec extends MockApplianceSpec {

    List<Map> tags = (1..23).collect { [id: "t$it", key: 'k', value: "v$it"] }

    /** Answers the tag collection by Offset/Limit, optionally misbehaving. */
    void serveTags(Map how = [:]) {
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') return token()
                int offset = (r.url.queryParameter('Offset') ?: '0') as int
                int limit = (r.url.queryParameter('Limit') ?: '-1') as int
                if (how.ignoreLimit) limit = -1
                if (how.shortPages) limit = Math.min(limit, how.shortPages as int)
                def rest = tags.drop(offset)
                def slice = limit < 0 ? rest : rest.take(limit)
                def body = how.noTotal ? [results: slice] : page(slice, tags.size())
                ok(body)
            }
        }
    }

    /** The tag requests the server saw, by Offset (later pages are fetched concurrently, so they arrive in any order). */
    List<RecordedRequest> tagRequests() {
        def all = []
        int left = server.requestCount
        while (left-- > 0) {
            def r = server.takeRequest(100, java.util.concurrent.TimeUnit.MILLISECONDS)
            if (r == null) break
            if (r.url.encodedPath().endsWith('/tags')) all << r
        }
        all.sort { (it.url.queryParameter('Offset') ?: '0') as int }
    }

    def "fetch-all walks Offset and Limit pages until totalCount"() {
        given:
        serveTags()

        when:
        def got = client(pageSize: 10).tags()

        then:
        got*.id() == tags*.id
        tagRequests().collect { [it.url.queryParameter('Offset'), it.url.queryParameter('Limit')] } ==
                [['0', '10'], ['10', '10'], ['20', '10']]
    }

    def "unless told otherwise, a page asks for 1,000 items: few round trips for a large estate"() {
        given:
        serveTags()

        when:
        client().tags()

        then:
        tagRequests().collect { [it.url.queryParameter('Offset'), it.url.queryParameter('Limit')] } == [['0', '1000']]
    }

    def "the page size is configurable"() {
        given:
        serveTags()

        when:
        client(pageSize: 5).tags()

        then:
        tagRequests()*.url*.queryParameter('Limit').unique() == ['5']
    }

    def "a server that ignores Limit yields every item exactly once"() {
        given:
        serveTags(ignoreLimit: true)

        when:
        def got = client(pageSize: 10).tags()

        then:
        got*.id() == tags*.id
        tagRequests().size() == 1
    }

    def "a server that returns short pages still yields every item exactly once"() {
        given:
        serveTags(shortPages: 3)

        when:
        def got = client(pageSize: 10).tags()

        then:
        got*.id() == tags*.id
        tagRequests()*.url*.queryParameter('Offset') == ['0', '3', '6', '9', '12', '15', '18', '21']
    }

    def "without a totalCount, a page shorter than asked is the last"() {
        given:
        serveTags(noTotal: true)

        when:
        def got = client(pageSize: 10).tags()

        then:
        got*.id() == tags*.id
        tagRequests().size() == 3
    }

    def "an empty collection takes one request"() {
        given:
        tags = []
        serveTags()

        expect:
        client(pageSize: 10).tags().isEmpty()
        tagRequests().size() == 1
    }

    def "slaInstances pages are joined and keep the statistics of the first page"() {
        given: 'each page tells different statistics, so keeping any page but the first shows'
        def rows = (1..7).collect { [instanceId: "i$it", instanceName: "web-0$it", status: 'MetSla', achievedSlaPercent: 100, planned: 8, successful: 8, missed: 0] }
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') return token()
                int offset = r.url.queryParameter('Offset') as int
                int limit = r.url.queryParameter('Limit') as int
                def statistics = offset == 0 ? [metTargetSla: 6, missedTargetSla: 1, removed: 0]
                        : [metTargetSla: 100 + offset, missedTargetSla: 200 + offset, removed: offset]
                ok([statistics: statistics, results: rows.drop(offset).take(limit), totalCount: rows.size()])
            }
        }

        when:
        def answer = client(pageSize: 3).slaInstances('p1', SlaInstancesQuery.between(
                java.time.Instant.parse('2026-11-01T00:00:00Z'), java.time.Instant.parse('2026-11-08T00:00:00Z')))

        then:
        answer.results()*.instanceId() == rows*.instanceId
        answer.statistics().metTargetSla() == 6
        answer.statistics().missedTargetSla() == 1
    }

    def "the pages after the first are fetched concurrently, at most 8 at once, and joined in order"() {
        given: 'a fake that holds every later page until 8 are in flight'
        def inFlight = new java.util.concurrent.atomic.AtomicInteger()
        def most = new java.util.concurrent.atomic.AtomicInteger()
        def eight = new java.util.concurrent.CountDownLatch(8)
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') return token()
                int offset = r.url.queryParameter('Offset') as int
                int limit = r.url.queryParameter('Limit') as int
                if (offset > 0) {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max)
                    eight.countDown()
                    eight.await(5, java.util.concurrent.TimeUnit.SECONDS)
                    inFlight.decrementAndGet()
                }
                ok(page(tags.drop(offset).take(limit), tags.size()))
            }
        }

        when:
        def got = client(pageSize: 2).tags()

        then: 'every item once, in order, with the same requests as one page at a time'
        got*.id() == tags*.id
        most.get() == 8
        tagRequests()*.url*.queryParameter('Offset') == (0..22).step(2)*.toString()
    }

    def "a later page that comes back short is followed by the pages it left out"() {
        given:
        server.dispatcher = new Dispatcher() {
            @Override
            MockResponse dispatch(RecordedRequest r) {
                if (r.url.encodedPath() == '/api/v1/token') return token()
                int offset = r.url.queryParameter('Offset') as int
                int limit = r.url.queryParameter('Limit') as int
                ok(page(tags.drop(offset).take(offset == 10 ? 4 : limit), tags.size()))
            }
        }

        expect:
        client(pageSize: 10).tags()*.id() == tags*.id
    }
}
