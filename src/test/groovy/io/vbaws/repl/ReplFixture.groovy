package io.vbaws.repl
import io.vbaws.query.SlaQueries
import io.vbaws.query.TimeArguments

import io.vbaws.api.ApplianceClient
import org.jline.reader.Candidate
import org.jline.reader.LineReader
import org.jline.terminal.Terminal
import org.jline.terminal.impl.DumbTerminal

import java.nio.file.Path
import java.time.Clock
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/** Wiring shared by the REPL specs: queries, inventory and a REPL over one client. */
class ReplFixture implements Closeable {
    final ApplianceClient client
    final ExecutorService pool = Executors.newFixedThreadPool(5)
    final CompletionInventory inventory
    final SlaQueries queries
    final Path dir

    ReplFixture(ApplianceClient client, Path dir, Clock clock = Clock.systemUTC()) {
        this.client = client
        this.dir = dir
        this.inventory = new CompletionInventory(client, pool)
        this.queries = new SlaQueries(client, new TimeArguments(clock))
    }

    Repl repl(OutputFormat format = OutputFormat.TABLE) {
        new Repl(queries, inventory, new ReplSettings(format, false, dir, 'vbaws REPL on test'))
    }

    /** A dumb terminal reading {@code input} and writing to {@code output}. */
    static Terminal terminal(InputStream input, OutputStream output, int columns = 100) {
        def t = new DumbTerminal('test', 'dumb', input, output, java.nio.charset.StandardCharsets.UTF_8)
        t.setSize(new org.jline.terminal.Size(columns, 40))
        t
    }

    /** The values completion offers for {@code line} with the cursor at its end, through JLine's own reader. */
    static List<String> complete(LineReader reader, String line) {
        def parsed = reader.parser.parse(line, line.length(), org.jline.reader.Parser.ParseContext.COMPLETE)
        List<Candidate> candidates = []
        reader.completer.complete(reader, parsed, candidates)
        candidates.findAll { it.value().startsWith(parsed.word()) }*.value()
    }

    void close() { pool.shutdownNow(); client.close() }
}
