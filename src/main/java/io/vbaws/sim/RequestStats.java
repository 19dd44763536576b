package io.vbaws.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the API requests the appliance received, by method and path template, for example
 * {@code GET /api/v1/policy/ec2SlaBasedPolicies/{policyId}} (a path that matches no route counts
 * under itself). Every request under {@code /api} counts on arrival, faulted ones included; the
 * {@code /sim} controls do not. The most recent requests are also kept with when each arrived and
 * ended, so a benchmark can time a phase of a command from the appliance's side.
 */
public final class RequestStats {
    /** How many ended requests the timeline keeps (the oldest go first). */
    static final int TIMELINE_LIMIT = 10_000;

    /** One request on the timeline: milliseconds since the stats started, arrival and end. */
    public record Timed(String method, String path, double arrivedMs, double endedMs) {
    }

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final Deque<Timed> timeline = new ArrayDeque<>();
    private volatile long origin = System.nanoTime();

    /** Counts a request on arrival; the answer is the arrival time to hand to {@link #ended}. */
    long record(String method, String template) {
        counts.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
        total.increment();
        return System.nanoTime();
    }

    /** Puts a request on the timeline once it is answered (or dropped, or its answer lost). */
    void ended(String method, String template, long arrivedNanos) {
        long start = origin;
        if (arrivedNanos - start < 0) {
            return; // arrived before a reset
        }
        Timed timed = new Timed(method, template, millis(arrivedNanos - start), millis(System.nanoTime() - start));
        synchronized (timeline) {
            if (timeline.size() == TIMELINE_LIMIT) {
                timeline.removeFirst();
            }
            timeline.addLast(timed);
        }
    }

    /** The requests that ended since the last reset, oldest first (at most the last 10,000). */
    public List<Timed> timeline() {
        synchronized (timeline) {
            return new ArrayList<>(timeline);
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    /** Requests counted under {@code "METHOD /api/v1/template"}. */
    public long count(String methodAndTemplate) {
        LongAdder adder = counts.get(methodAndTemplate);
        return adder == null ? 0 : adder.sum();
    }

    /** Requests counted for a method and template (with or without the {@code /api/v1} prefix). */
    public long count(String method, String template) {
        return count(method + " " + FaultInjector.apiPath(template));
    }

    /** Every counted request. */
    public long total() {
        return total.sum();
    }

    /** The counts by method and template, sorted. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, adder) -> {
            long n = adder.sum();
            if (n > 0) {
                copy.put(key, n);
            }
        });
        return copy;
    }

    /** Starts counting (and the timeline's clock) from zero. */
    public void reset() {
        counts.clear();
        total.reset();
        synchronized (timeline) {
            timeline.clear();
            origin = System.nanoTime();
        }
    }
}
