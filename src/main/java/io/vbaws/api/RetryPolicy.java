package io.vbaws.api;

import java.time.Duration;

/**
 * How idempotent requests are retried on 503, 504 and connection failures: up to
 * {@code maxAttempts} tries in all, waiting an exponentially growing, jittered delay between
 * {@code baseDelay} and {@code maxDelay} (or the appliance's Retry-After, when it sends one).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * Six tries, from 200 ms up to 5 s apart (about 11 s of waiting in all, within the command's
     * deadline). Through 17% failed answers, four tries left about one request in 1,200 failed,
     * one per large apply (bench/reliability.sh); six leave one in 40,000 (0.17^6).
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** One try: no retries at all. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1), with full jitter in [delay/2, delay]. */
    Duration delayAfter(int attempt, double random) {
        long base = baseDelay.toMillis();
        long capped = Math.min(maxDelay.toMillis(), base * (1L << Math.min(attempt - 1, 20)));
        long half = capped / 2;
        return Duration.ofMillis(half + Math.round((capped - half) * random));
    }
}
