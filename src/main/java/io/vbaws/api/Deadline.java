package io.vbaws.api;

import java.time.Duration;

/** The moment one command's requests must be done by, retries included; {@link #NONE} never passes. */
record Deadline(long endNanos, Duration limit) {
    static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

    /** A deadline {@code limit} from now; none when {@code limit} is null. */
    static Deadline after(Duration limit) {
        return limit == null ? NONE : new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    boolean bounded() {
        return limit != null;
    }

    /** Time left, never negative; a very long time when unbounded. */
    Duration remaining() {
        return bounded() ? Duration.ofNanos(Math.max(0, endNanos - System.nanoTime())) : Duration.ofDays(365);
    }

    /** Whether waiting {@code wait} more would still end before the deadline. */
    boolean allows(Duration wait) {
        return remaining().compareTo(wait) > 0;
    }
}
