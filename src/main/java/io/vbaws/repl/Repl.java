package io.vbaws.repl;
import io.vbaws.query.SlaQueries;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The REPL's three ways in: the JLine prompt, a list of inputs ({@code -e}), and a script read
 * without a prompt (stdin). All three run each input through one {@link ReplSession}; the two
 * non-interactive ones answer 0 when every input succeeded and 1 when any failed.
 */
public final class Repl {
    /** The prompt. */
    public static final String PROMPT = "vbaws> ";
    /** The prompt of a continued input. */
    public static final String CONTINUATION = "  ...> ";
    /** How long a cancelled input may take to stop before the prompt gives up on its thread. */
    private static final Duration CANCEL_GRACE = Duration.ofMillis(500);
    /** How much longer than its limit a non-interactive run may take before it is stopped. */
    private static final Duration LIMIT_GRACE = Duration.ofSeconds(2);

    private final SlaQueries queries;
    private final CompletionInventory inventory;
    private final ReplSettings settings;

    private final Runnable cancelCalls;

    /** A REPL whose Ctrl-C stops Groovy loops only (no appliance calls to cancel). */
    public Repl(SlaQueries queries, CompletionInventory inventory, ReplSettings settings) {
        this(queries, inventory, settings, () -> { });
    }

    /**
     * A REPL whose Ctrl-C first runs {@code cancelCalls}, which cancels the appliance calls in
     * flight, so a cancelled query leaves no half-read connection in the pool for the next one.
     */
    public Repl(SlaQueries queries, CompletionInventory inventory, ReplSettings settings, Runnable cancelCalls) {
        this.queries = queries;
        this.inventory = inventory;
        this.settings = settings;
        this.cancelCalls = cancelCalls;
    }

    /** Runs each input in order in one session; 0 when all succeeded, 1 when any failed. */
    public int runInputs(List<String> inputs, PrintWriter out, PrintWriter err, IntSupplier width) {
        ReplSession session = new ReplSession(queries, inventory, settings, out, err, width);
        boolean ok = true;
        for (String input : inputs) {
            ok &= session.run(input);
            if (session.quitRequested()) {
                break;
            }
        }
        out.flush();
        err.flush();
        return ok ? 0 : 1;
    }

    /**
     * Runs the inputs as {@link #runInputs(List, PrintWriter, PrintWriter, IntSupplier)} does, for at
     * most {@code limit}: past it, the calls in flight are cancelled, the input running is
     * interrupted, and the answer is 1 with an error line that says so.
     */
    public int runInputs(List<String> inputs, PrintWriter out, PrintWriter err, IntSupplier width, Duration limit) {
        ExecutorService worker = newWorker();
        Future<Integer> run = worker.submit(() -> runInputs(inputs, out, err, width));
        try {
            // A query waiting on the appliance meets the connection's own deadline (the same limit) first,
            // with its clearer line; this one stops what the connection cannot see, like a loop.
            return run.get(limit.plus(LIMIT_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            cancelCalls.run();
            run.cancel(true);
            err.println("error: time limit of " + limit.toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                    + " reached; the rest of the input was not run");
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.cancel(true);
            return 1;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            worker.shutdownNow();
        }
    }

    /** Runs a script as if typed line by line, without a prompt. */
    public int runScript(Reader script, PrintWriter out, PrintWriter err, IntSupplier width) {
        return runInputs(new ScriptChunks().split(read(script)), out, err, width);
    }

    /** Runs a script as {@link #runScript(Reader, PrintWriter, PrintWriter, IntSupplier)} does, for at most {@code limit}. */
    public int runScript(Reader script, PrintWriter out, PrintWriter err, IntSupplier width, Duration limit) {
        String text = read(script);
        return runInputs(new ScriptChunks().split(text), out, err, width, limit);
    }

    /**
     * The prompt on {@code terminal}, with history in {@code historyFile}, until Ctrl-D or
     * {@code :quit}. Each input runs on a worker thread, so Ctrl-C can cancel it and keep the prompt.
     */
    public int runInteractive(Terminal terminal, Path historyFile) {
        PrintWriter w = terminal.writer();
        ReplSession session = new ReplSession(queries, inventory, settings, w, w, () -> width(terminal));
        LineReader reader = reader(terminal, historyFile, session);
        if (settings.banner() != null) {
            w.println(settings.banner());
        }
        w.println("Type :help for the functions and commands, Tab to complete, Ctrl-D to leave.");
        w.flush();
        ExecutorService worker = newWorker();
        try {
            while (!session.quitRequested()) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (!line.isBlank()) {
                    worker = runCancellable(terminal, worker, session, line);
                }
            }
        } finally {
            saveHistory(reader, w);
            worker.shutdownNow();
        }
        return 0;
    }

    private static String read(Reader script) {
        try {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = script.read(buffer)) >= 0; ) {
                s.append(buffer, 0, n);
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the script from stdin: " + e.getMessage(), e);
        }
    }

    /** The line reader of the prompt: the Groovy-aware parser, completion, persistent history. */
    public LineReader reader(Terminal terminal, Path historyFile, ReplSession session) {
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("vbaws")
                .parser(new ReplParser())
                .completer(new ReplCompleter(inventory, session::variableNames, session.help(),
                        settings.workingDirectory()))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                // Groovy's ! and != must reach the evaluator, not expand history.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true);
        if (historyFile != null) {
            try {
                Files.createDirectories(historyFile.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + historyFile.getParent() + ": " + e.getMessage(), e);
            }
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        // Load the history now, not at the first readLine, so it is there for whoever asks first.
        reader.getHistory().attach(reader);
        return reader;
    }

    /**
     * Runs one input on the worker while Ctrl-C (SIGINT) cancels it. A cancelled input that does
     * not stop in time (a call blocked on the network) is left to finish on its own, its result
     * discarded, and a fresh worker takes the next input.
     */
    private ExecutorService runCancellable(Terminal terminal, ExecutorService worker, ReplSession session,
            String line) {
        CountDownLatch finished = new CountDownLatch(1);
        Future<?> task = worker.submit(() -> {
            try {
                session.run(line);
            } finally {
                finished.countDown();
            }
        });
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            // The task is marked cancelled (and loops in the user's Groovy stop on the interrupt) before
            // its call is cancelled, so the call's failure reads as the cancellation, not as an error.
            task.cancel(true);
            cancelCalls.run();
        });
        try {
            task.get();
        } catch (CancellationException e) {
            terminal.writer().println("cancelled");
            terminal.writer().flush();
            if (!await(finished)) {
                worker.shutdownNow();
                return newWorker();
            }
        } catch (ExecutionException e) {
            terminal.writer().println("error: " + ErrorLine.of(e, List.of()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        return worker;
    }

    private static boolean await(CountDownLatch finished) {
        try {
            return finished.await(CANCEL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vbaws-repl-eval");
            t.setDaemon(true);
            return t;
        });
    }

    private static int width(Terminal terminal) {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : w;
    }

    private static void saveHistory(LineReader reader, PrintWriter w) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            w.println("warning: history not saved: " + e.getMessage());
            w.flush();
        }
    }
}
