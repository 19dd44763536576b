package io.vbaws.cli

import groovy.json.JsonSlurper
import io.vbaws.query.QueryFunctions
import io.vbaws.query.SlaQueries
import io.vbaws.query.TimeArguments
import io.vbaws.runbook.RunControl
import io.vbaws.runbook.RunLog
import io.vbaws.runbook.Runbook
import io.vbaws.runbook.RunbookEnvironment
import io.vbaws.runbook.RunbookExecution
import io.vbaws.runbook.Vbaws

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

/** vbaws run: its help, exit codes, JSON output, errors with file and line, and stops that run the finally blocks. */
class RunCommandSpec extends SimulatedApplianceCliSpec {

    def "run RUNBOOK --help lists the runbook's parameters with types, defaults and descriptions"() {
        when:
        def r = vbaws('run', 'runbooks/maintenance-window.groovy', '--help')

        then:
        r.code == 0
        r.out.contains('Usage: vbaws run')
        r.out.contains('  region  String, required; AWS region whose policies to pause, e.g. us-east-1')
        r.out.contains('  hours   Integer, default 4; length of the window')
    }

    def "fail ends with 1 and exit(n) with n, after the finally blocks; the summary says so"() {
        given:
        def failing = script('failing.groovy', '''
            try { fail "no good" } finally { log.info "cleaned up" }
            ''')
        def exiting = script('exiting.groovy', '''
            try { exit 3 } finally { log.info "cleaned up" }
            ''')

        when:
        def f = vbaws('run', failing.toString())
        def e = vbaws('run', exiting.toString(), '--json')

        then:
        f.code == 1
        f.err.readLines().containsAll(['cleaned up', 'error: no good', 'runbook ended with exit code 1: 0 write(s) made, 0 failure(s)'])
        e.code == 3
        def json = e.out.readLines().collect { new JsonSlurper().parseText(it) }
        json*.type == ['log', 'summary']
        json[0].message == 'cleaned up'
        json[1].exitCode == 3
    }

    def "an error in the runbook is one line with its file and line, no stack trace, exit 1"() {
        given:
        def broken = script('broken.groovy', '''
            log.info "first"
            vbaws.policy("no-such-policy")
            ''')

        when:
        def r = vbaws('run', broken.toString())

        then:
        r.code == 1
        r.err.readLines().any { it.startsWith("error: ${broken}:3: no policy 'no-such-policy' on the appliance") }
        !r.err.contains('\tat ')
    }

    def "a write the appliance refuses fails the run and counts as a failure"() {
        given:
        def c = client()
        def target = c.allPolicies().find { it.isEnabled() }
        def book = script('stale.groovy', """
            def p = vbaws.policy("${target.name()}")
            new File("${work.resolve('go')}").text = "read"
            while (!new File("${work.resolve('changed')}").exists()) { Thread.sleep(20) }
            p.disable()
            """)

        when:
        def running = CompletableFuture.supplyAsync { vbaws('run', book.toString()) }
        while (!Files.exists(work.resolve('go'))) { Thread.sleep(20) }
        c.disablePolicy(target.id())
        c.enablePolicy(target.id())
        Files.writeString(work.resolve('changed'), 'yes')
        def r = running.get(60, TimeUnit.SECONDS)

        then:
        r.code == 1
        r.err.contains("changed on the appliance after the plan was made")
        r.err.contains('1 failure(s)')
        c.getPolicy(target.id()).isEnabled()

        cleanup:
        c?.close()
    }

    def "the time limit stops a waiting runbook, and its finally blocks still run"() {
        given:
        Path file = script('slow.groovy', '''
            try { vbaws.sleep("1h") } finally { log.info "finally ran" }
            ''')
        def err = new StringWriter()
        def log = new RunLog(new PrintWriter(err, true), null, Clock.systemUTC())
        def c = client()
        def control = new RunControl(c::cancelInFlight)
        def vbaws = new Vbaws(c, Clock.systemUTC(), false, log, control, Stub(RunbookEnvironment))

        when:
        def summary = new RunbookExecution(Runbook.compile(file), vbaws, log, control, false).run([:], Duration.ofMillis(300))

        then:
        summary.exitCode() == 1
        err.toString().readLines() == ['finally ran', 'error: stopped: time limit of 300ms reached',
                                       'runbook ended with exit code 1: 0 write(s) made, 0 failure(s)']

        cleanup:
        c?.close()
    }

    def "a stop (as SIGTERM's hook makes it) re-enables what the maintenance window disabled"() {
        given:
        def c = client()
        def before = c.allPolicies().collectEntries { [it.name(), it.isEnabled()] }
        def err = new StringWriter()
        def log = new RunLog(new PrintWriter(err, true), null, Clock.systemUTC())
        def control = new RunControl(c::cancelInFlight)
        def vbaws = new Vbaws(c, Clock.systemUTC(), false, log, control, Stub(RunbookEnvironment))
        def execution = new RunbookExecution(Runbook.compile(Path.of('runbooks/maintenance-window.groovy')), vbaws, log,
                control, false)

        when:
        def running = CompletableFuture.supplyAsync { execution.run([region: 'us-east-1', hours: 1], Duration.ofHours(1)) }
        long deadline = System.currentTimeMillis() + 30_000
        while (!err.toString().contains('paused') && System.currentTimeMillis() < deadline) { Thread.sleep(20) }
        def during = c.allPolicies().collectEntries { [it.name(), it.isEnabled()] }
        execution.stop('stopped by a signal')
        assert execution.awaitReported(Duration.ofSeconds(30))
        def summary = running.get(30, TimeUnit.SECONDS)

        then:
        during != before
        c.allPolicies().collectEntries { [it.name(), it.isEnabled()] } == before
        summary.exitCode() == 1
        err.toString().contains('enabled again: ')
        err.toString().contains('error: stopped: stopped by a signal')

        cleanup:
        c?.close()
    }

    def "a runbook may run an hour, repl -e five minutes, unless an option says otherwise"() {
        expect:
        new RunCommand().timeLimit() == Duration.ofHours(1)
        new ReplCommand().timeLimit() == Duration.ofMinutes(5)
    }

    def "with --json a bad parameter still ends in a summary line, exit 1"() {
        when:
        def r = vbaws('run', 'runbooks/maintenance-window.groovy', '--param', 'hours=x', '--json')

        then:
        r.code == 1
        def json = r.out.readLines().collect { new JsonSlurper().parseText(it) }
        json*.type == ['log', 'summary']
        json[0].message == "--param hours: 'x' is not an Integer"
        json[1].exitCode == 1
        r.err.contains("error: --param hours: 'x' is not an Integer")
    }
}
