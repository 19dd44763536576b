package io.vbaws.dsl;

import io.vbaws.concurrent.ParallelMap;
import java.util.List;
import java.util.function.Function;

/**
 * Evaluates a run's script files side by side on a few threads, since each file is evaluated on
 * its own; the results come back in the order of the files, exactly as one thread would give them.
 */
final class ScriptBatch {

    private final ParallelMap files;

    /** As many threads as the machine has processors, at most {@code max}. */
    static ScriptBatch forProcessors(int max) {
        return new ScriptBatch(Math.max(1, Math.min(max, Runtime.getRuntime().availableProcessors())));
    }

    ScriptBatch(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a batch needs at least one thread, not " + threads);
        }
        this.files = new ParallelMap(threads, "vbaws-script");
    }

    /** {@code evaluate} applied to every source, results in the order of {@code sources}. */
    <T> List<T> evaluate(List<ScriptSource> sources, Function<ScriptSource, T> evaluate) {
        return files.map(sources, evaluate);
    }
}
