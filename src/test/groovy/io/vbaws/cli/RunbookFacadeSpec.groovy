package io.vbaws.cli

import io.vbaws.runbook.RunControl
import io.vbaws.runbook.RunLog
import io.vbaws.runbook.RunbookEnvironment
import io.vbaws.runbook.Vbaws
import io.vbaws.dsl.PolicyScripts
import io.vbaws.declaration.Declarations

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock

/** The vbaws facade of runbooks against the simulated appliance: priorities, waiting, plan and apply, export. */
class RunbookFacadeSpec extends SimulatedApplianceCliSpec {
    StringWriter err = new StringWriter()

    Vbaws facade(def client, boolean dryRun, Closure<?> profiles = { throw new UnsupportedOperationException() }) {
        def log = new RunLog(new PrintWriter(err, true), null, Clock.systemUTC())
        def environment = new RunbookEnvironment() {
            Declarations scripts(List<Path> paths) { new PolicyScripts().load(ScriptFiles.expand(paths)) }
            void write(Path file, String text, String what) { Files.writeString(file, text) }
            Path workingDirectory() { work }
            List<String> profileNames() { [] }
            io.vbaws.api.ApplianceClient connect(String profile) { profiles(profile) }
        }
        new Vbaws(client, Clock.systemUTC(), dryRun, log, new RunControl({ -> }), environment)
    }

    List<String> order(def client) {
        client.allPolicies().sort { it.priority() }*.name()
    }

    def "priority(n) moves one policy and keeps the others' order; a dry run shows the same reorder and sends none"() {
        given:
        def c = client()
        def before = order(c)
        def last = before.last()

        when:
        def dry = facade(c, true)
        dry.policy(last).priority(1)
        def afterDry = order(c)
        def real = facade(c, false)
        real.policy(last).priority(1)

        then:
        afterDry == before
        order(c) == [last] + before.dropRight(1)
        dry.writes()*.method.every { it == 'reorder' }
        dry.writes() == real.writes()
        dry.writes().find { it.policy() == last }.change() == "priority: ${before.size()} -> 1".toString()

        cleanup:
        facade(c, false).policy(last).priority(before.size())
        assert order(c) == before
        c?.close()
    }

    def "writes made through another profile's facade count in the run's writes"() {
        given:
        def c = client()
        def other = client()
        def v = facade(c, true, { name -> assert name == 'dr'; other })
        def first = order(c).first()

        when:
        v.policy(first).disable()
        v.profile('dr').policy(first).disable()

        then:
        v.writes()*.method == ['disable', 'disable']

        cleanup:
        c?.close()
        other?.close()
    }

    def "waitUntil asks until the condition holds, or gives up with a warning when time runs out"() {
        given:
        def v = facade(client(), false)
        int asked = 0

        expect:
        v.waitUntil([timeout: '5s', every: '10ms']) { ++asked >= 3 }
        asked == 3
        !v.waitUntil([timeout: '50ms', every: '10ms']) { false }
        err.toString().contains('warning: waitUntil: still not true after 50ms')
    }

    def "plan(dir) is the plan as data, and apply(plan) carries it out; export() plans to nothing"() {
        given:
        def c = client()
        def v = facade(c, false)
        Path dir = work.resolve('scripts')
        Files.createDirectories(dir)
        Files.writeString(dir.resolve('all.groovy'), v.export())
        Files.writeString(dir.resolve('new.groovy'), '''
            slaPolicy "runbook-made" {
                account "backup-prod"
                regions "us-east-1"
                template "gold"
            }
            '''.stripIndent())

        when:
        def plan = v.plan('scripts')

        then:
        !plan.empty
        plan.changes*.action == ['create']
        plan.changes*.policy == ['runbook-made']

        when:
        v.apply(plan)
        Files.delete(dir.resolve('new.groovy'))
        Files.writeString(dir.resolve('all.groovy'), v.export())

        then:
        c.allPolicies()*.name().contains('runbook-made')
        v.plan('scripts').empty
        v.writes()*.method == ['create']

        cleanup:
        c.allPolicies().find { it.name() == 'runbook-made' }?.with { c.deletePolicy(it.id()) }
        c?.close()
    }
}
