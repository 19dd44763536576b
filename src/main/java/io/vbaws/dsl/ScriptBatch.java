package io.vbaws.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Evaluates a run's script files side by side on a few threads, since each file is evaluated on
 * its own; the results come back in the order of the files, exactly as one thread would give them.
 */
final class ScriptBatch {

    private final int threads;

    /** As many threads as the machine has processors, at most {@code max}. */
    static ScriptBatch forProcessors(int max) {
        return new ScriptBatch(Math.max(1, Math.min(max, Runtime.getRuntime().availableProcessors())));
    }

    ScriptBatch(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a batch needs at least one thread, not " + threads);
        }
        this.threads = threads;
    }

    /** {@code evaluate} applied to every source, results in the order of {@code sources}. */
    <T> List<T> evaluate(List<ScriptSource> sources, Function<ScriptSource, T> evaluate) {
        if (threads == 1 || sources.size() < 2) {
            return sources.stream().map(evaluate).toList();
        }
        AtomicInteger numbers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, sources.size()), task -> {
            Thread thread = new Thread(task, "vbaws-script-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (ScriptSource source : sources) {
                futures.add(pool.submit(() -> evaluate.apply(source)));
            }
            List<T> results = new ArrayList<>(sources.size());
            for (Future<T> future : futures) {
                results.add(resultOf(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The future's value; what ended it otherwise is thrown as it was thrown on the worker. */
    private static <T> T resultOf(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating scripts", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
