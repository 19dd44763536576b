package io.vbaws.repl

import org.jline.terminal.Terminal
import spock.lang.AutoCleanup
import spock.lang.Specification
import spock.lang.TempDir
import spock.lang.Timeout

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit

/** The prompt on a dumb terminal: lines, continuation, errors, history, Ctrl-C and Ctrl-D. */
@Timeout(60)
class InteractiveReplSpec extends Specification {
    @AutoCleanup FakeAppliance appliance = new FakeAppliance().start()
    @TempDir Path dir
    @AutoCleanup ReplFixture fixture
    ByteArrayOutputStream output = new ByteArrayOutputStream()

    def setup() { fixture = new ReplFixture(appliance.client(), dir) }

    String screen() { output.toString(StandardCharsets.UTF_8) }

    int run(String typed, int columns = 100, Path history = dir.resolve('history')) {
        Terminal t = ReplFixture.terminal(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), output, columns)
        try {
            fixture.repl().runInteractive(t, history)
        } finally {
            t.close()
        }
    }

    def "each line prints its result; a failing line prints one error and the next works; end of input leaves"() {
        when:
        int code = run('report("nope")\npolicies().size()\n')

        then:
        code == 0
        screen().contains('vbaws REPL on test')
        screen().contains("error: no policy 'nope' on the appliance")
        screen().readLines().any { it.endsWith('3') && !it.contains('policies()') || it == '3' }
    }

    def "an input continues on the next line while a bracket is open"() {
        when:
        run('policies().findAll {\n  it.isEnabled\n}*.name\n')

        then:
        screen().contains(Repl.CONTINUATION)
        screen().contains('legacy-nightly\nfinance-db')
        !screen().contains('error:')
    }

    def "tables are as wide as the terminal: cut cells, or one record per block when rows cannot fit"() {
        when:
        run('instances("legacy-nightly")\n', 84)

        then:
        def table = screen().readLines().findAll { it.startsWith('web-01') || it.startsWith('db-01') }
        table.size() == 3
        table.every { it.length() <= 84 }
        table.every { it.endsWith('…') }
        screen().contains('statistics: metTargetSla 1, missedTargetSla 2, removed 0')

        when:
        output.reset()
        run('instances("legacy-nightly")\n', 40)

        then:
        screen().readLines().count { it.startsWith('-[ ') } == 3
        screen().readLines().findAll { it.startsWith('instanceName') }*.split(/ +/)*.getAt(1) == ['web-01', 'web-01', 'db-01']
    }

    def ":quit leaves before the rest of the input"() {
        when:
        run(':quit\npolicies()\n')

        then:
        !screen().contains('SLA-based policies')
    }

    def "the history file is written and read back by the next session"() {
        given:
        Path history = dir.resolve('home/history')

        when:
        run('x = 41\nx + 1\n', 100, history)

        then:
        Files.exists(history)
        Files.readAllLines(history).collect { it.replaceFirst(/^\d+:/, '') } == ['x = 41', 'x + 1']

        when:
        def out = new PrintWriter(new StringWriter())
        def session = new ReplSession(fixture.queries, fixture.inventory, new ReplSettings(OutputFormat.TABLE, false, dir, null), out, out, { 80 })
        def t = ReplFixture.terminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
        def reader = fixture.repl().reader(t, history, session)

        then:
        reader.history.collect { it.line() } == ['x = 41', 'x + 1']
    }

    def "Ctrl-C cancels a running Groovy loop and the prompt goes on"() {
        given:
        def input = new PipedOutputStream()
        def terminal = ReplFixture.terminal(new PipedInputStream(input), output)
        def running = CompletableFuture.supplyAsync { fixture.repl().runInteractive(terminal, dir.resolve('history')) }

        when:
        input.write('report("finance-db"); while (true) { }\n'.bytes)
        input.flush()
        waitFor { appliance.hitCount('/slaReport') > 0 }
        Thread.sleep(100)
        terminal.raise(Terminal.Signal.INT)
        input.write('6 * 7\n'.bytes)
        input.close()

        then:
        running.get(30, TimeUnit.SECONDS) == 0
        screen().contains('cancelled')
        screen().readLines().contains('42')

        cleanup:
        terminal?.close()
    }

    def "Ctrl-C abandons a query stuck on the appliance, and the next line runs at once"() {
        given:
        appliance.slowInstancesMillis = 20_000
        appliance.holdInstances = new CountDownLatch(1)
        def input = new PipedOutputStream()
        def terminal = ReplFixture.terminal(new PipedInputStream(input), output)
        def running = CompletableFuture.supplyAsync { fixture.repl().runInteractive(terminal, dir.resolve('history')) }

        when:
        input.write('instances("legacy-nightly")\n'.bytes)
        input.flush()
        waitFor { appliance.hitCount('/slaInstances') > 0 }
        terminal.raise(Terminal.Signal.INT)
        input.write('"still here"\n'.bytes)
        input.close()
        running.get(30, TimeUnit.SECONDS)

        then:
        screen().contains('cancelled')
        screen().readLines().contains('still here')
        !screen().contains('SLA compliance per instance')
        // At once: the next line ran and the prompt left while the appliance still held the stuck answer.
        appliance.holdInstances.count == 1

        cleanup:
        appliance.holdInstances?.countDown()
        terminal?.close()
    }

    def "Ctrl-C cancels the appliance call itself, and the next query on the same client answers"() {
        given:
        appliance.slowInstancesMillis = 20_000
        appliance.holdInstances = new CountDownLatch(1)
        def client = fixture.client
        def repl = new Repl(fixture.queries, fixture.inventory, new ReplSettings(OutputFormat.TABLE, false, dir, null),
                client::cancelInFlight)
        def input = new PipedOutputStream()
        def terminal = ReplFixture.terminal(new PipedInputStream(input), output)
        def running = CompletableFuture.supplyAsync { repl.runInteractive(terminal, dir.resolve('history')) }

        when:
        input.write('instances("legacy-nightly")\n'.bytes)
        input.flush()
        waitFor { appliance.hitCount('/slaInstances') > 0 }
        terminal.raise(Terminal.Signal.INT)
        waitFor { screen().contains('cancelled') }
        input.write('policies().size()\n'.bytes)
        input.close()
        running.get(30, TimeUnit.SECONDS)

        then:
        screen().readLines().contains('3')
        !screen().contains('error:')

        cleanup:
        appliance.holdInstances?.countDown()
        terminal?.close()
    }

    static void waitFor(Closure<Boolean> condition) {
        long deadline = System.currentTimeMillis() + 20_000
        while (!condition()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError('timed out waiting')
            Thread.sleep(20)
        }
    }
}
