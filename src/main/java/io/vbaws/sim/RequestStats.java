package io.vbaws.sim;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the API requests the appliance received, by method and path template, for example
 * {@code GET /api/v1/policy/ec2SlaBasedPolicies/{policyId}} (a path that matches no route counts
 * under itself). Every request under {@code /api} counts on arrival, faulted ones included; the
 * {@code /sim} controls do not.
 */
public final class RequestStats {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    void record(String method, String template) {
        counts.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
        total.increment();
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

    /** Starts counting from zero. */
    public void reset() {
        counts.clear();
        total.reset();
    }
}
