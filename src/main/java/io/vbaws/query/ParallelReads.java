package io.vbaws.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Independent reads run a few at a time, their answers in the order asked: a question that joins
 * thousands of instances with their sessions waits on the network in parallel, as the appliance
 * allows, instead of one request after another.
 */
final class ParallelReads {
    private final int width;

    ParallelReads(int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1");
        }
        this.width = width;
    }

    /** {@code read} of each item, at most {@code width} at once; the first failure is thrown as it was. */
    <T, R> List<R> map(List<T> items, Function<T, R> read) {
        if (items.size() < 2 || width == 1) {
            return items.stream().map(read).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(width, items.size()), r -> {
            Thread t = new Thread(r, "vbaws-query-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> read.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
