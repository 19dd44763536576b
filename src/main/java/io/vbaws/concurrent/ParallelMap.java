package io.vbaws.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A function applied to independent items a few at a time, the results in the order of the items,
 * exactly as one thread would give them: script files evaluated side by side, an instance's
 * sessions read while another's are.
 */
public final class ParallelMap {
    private final int width;
    private final String threadName;

    /** At most {@code width} items at once, on daemon threads named {@code threadName-N}. */
    public ParallelMap(int width, String threadName) {
        if (width < 1) {
            throw new IllegalArgumentException("at least one item at a time, not " + width);
        }
        this.width = width;
        this.threadName = threadName;
    }

    /** {@code apply} of every item, in their order; the first failure is thrown as it was thrown on its thread. */
    public <T, R> List<R> map(List<T> items, Function<T, R> apply) {
        if (width == 1 || items.size() < 2) {
            return items.stream().map(apply).toList();
        }
        ExecutorService pool = DaemonWork.pool(Math.min(width, items.size()), threadName);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> apply.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(DaemonWork.value(future, "applying " + threadName + " side by side"));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
