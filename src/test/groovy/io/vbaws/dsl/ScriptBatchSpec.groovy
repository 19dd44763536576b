package io.vbaws.dsl

import io.vbaws.declaration.ScriptErrors
import spock.lang.Specification

import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/** Files are evaluated side by side, and their results and errors come back in the order of the files. */
class ScriptBatchSpec extends Specification {

    static final String REQUIRED = 'account "backup-prod"; regions "us-east-1"; template "gold"'

    static List<ScriptSource> sources(int count) {
        (1..count).collect { new ScriptSource("f${it}.groovy", "file $it") }
    }

    def "results come back in the order of the files, even when a later file finishes first"() {
        given: 'the first file waits until the second has finished'
        def secondDone = new CountDownLatch(1)
        def batch = new ScriptBatch(2)

        when:
        def results = batch.evaluate(sources(2)) { ScriptSource s ->
            if (s.name() == 'f1.groovy') {
                assert secondDone.await(10, TimeUnit.SECONDS): 'the second file was not evaluated beside the first'
            } else {
                secondDone.countDown()
            }
            s.name()
        }

        then:
        results == ['f1.groovy', 'f2.groovy']
    }

    def "several files are evaluated at once, on more than one thread"() {
        given: 'each file waits until every file has started'
        def started = new CountDownLatch(3)
        def threads = Collections.synchronizedSet(new HashSet<String>())

        when:
        new ScriptBatch(3).evaluate(sources(3)) { ScriptSource s ->
            threads << Thread.currentThread().name
            started.countDown()
            assert started.await(10, TimeUnit.SECONDS): 'the files were evaluated one after another'
            s
        }

        then:
        threads.size() == 3
    }

    def "one file, or one thread, is evaluated on the caller's thread"() {
        given:
        def caller = Thread.currentThread().name

        expect:
        new ScriptBatch(4).evaluate(sources(1)) { Thread.currentThread().name } == [caller]
        new ScriptBatch(1).evaluate(sources(3)) { Thread.currentThread().name } == [caller] * 3
    }

    def "a failure of one evaluation is thrown to the caller as it was thrown"() {
        when:
        new ScriptBatch(2).evaluate(sources(3)) { ScriptSource s ->
            if (s.name() == 'f2.groovy') {
                throw new IllegalStateException('broken evaluator')
            }
            s
        }

        then:
        def e = thrown(IllegalStateException)
        e.message == 'broken evaluator'
    }

    def "errors of many files, evaluated side by side, are listed exactly as one thread lists them"() {
        given: 'good and bad files mixed, the bad ones with errors at several lines'
        def files = (1..12).collect { int i ->
            String text = i % 3 == 0
                    ? "slaPolicy \"p$i\" {\n    $REQUIRED\n    retries 500\n    priority -1\n}\n"
                    : i % 4 == 0
                    ? "slaPolicy \"p$i\" {\n    $REQUIRED\n    regoins \"us-east-1\"\n"
                    : "slaPolicy \"p$i\" {\n    $REQUIRED\n}\nslaPolicy \"shared\" {\n    $REQUIRED\n}\n"
            new ScriptSource("dir/f${String.format('%02d', i)}.groovy", text)
        }

        when:
        def serial = errorsOf(new PolicyScripts(ScriptCache.none(), new ScriptBatch(1)), files)
        def parallel = errorsOf(new PolicyScripts(ScriptCache.none(), new ScriptBatch(4)), files)

        then:
        parallel*.render() == serial*.render()
        serial*.at*.file.unique() == files*.name() - ["dir/f01.groovy"]
        serial.any { it.message.contains('"shared" is declared twice: here and at (dir/f01.groovy, line 4') }
    }

    static List errorsOf(PolicyScripts scripts, List<ScriptSource> files) {
        try {
            scripts.loadSources(files)
        } catch (ScriptErrors e) {
            return e.errors()
        }
        throw new AssertionError('expected script errors')
    }
}
