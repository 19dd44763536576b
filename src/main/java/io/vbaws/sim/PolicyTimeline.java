package io.vbaws.sim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A policy's history turned into time: which instances it protected when (segments between scope
 * changes), when it was enabled, and since when each current member has been protected without a
 * break. Times are epoch seconds of the appliance clock.
 */
final class PolicyTimeline {
    /** A stretch of time [start, end) with one set of members. */
    record Segment(long start, long end, BitSet members) {
    }

    private static final BitSet NONE = new BitSet();

    private final long created;
    private final List<Segment> segments = new ArrayList<>();
    private final List<long[]> enabled = new ArrayList<>();
    private final BitSet current;

    PolicyTimeline(StoredPolicy policy, ScopeResolver resolver) {
        this.created = policy.created().getEpochSecond();
        long enabledSince = -1;
        for (PolicyVersion version : policy.history()) {
            long at = version.instant().getEpochSecond();
            if (version.scope() != null) {
                segments.add(new Segment(at, Long.MAX_VALUE, resolver.members(version.scope())));
            }
            switch (version.change()) {
                case PolicyVersion.CREATED, PolicyVersion.ENABLED -> {
                    // A run due at the very second of creation or enablement has already been missed by the scheduler.
                    if (enabledSince < 0) {
                        enabledSince = at + 1;
                    }
                }
                case PolicyVersion.DISABLED -> {
                    if (enabledSince >= 0) {
                        enabled.add(new long[] {enabledSince, at});
                        enabledSince = -1;
                    }
                }
                default -> {
                    // Modified: membership only
                }
            }
        }
        if (enabledSince >= 0) {
            enabled.add(new long[] {enabledSince, Long.MAX_VALUE});
        }
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment s = segments.get(i);
            segments.set(i, new Segment(s.start(), segments.get(i + 1).start(), s.members()));
        }
        this.current = segments.isEmpty() ? new BitSet() : (BitSet) segments.get(segments.size() - 1).members().clone();
    }

    long created() {
        return created;
    }

    /** The instances the policy protects now (a copy). */
    BitSet current() {
        return (BitSet) current.clone();
    }

    boolean isMember(int instance) {
        return current.get(instance);
    }

    /** The start of the unbroken stretch of protection that reaches now, for a current member. */
    long protectedSince(int instance) {
        long since = Long.MAX_VALUE;
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).members().get(instance)) {
                break;
            }
            since = segments.get(i).start();
        }
        return since;
    }

    boolean enabledAt(long at) {
        for (long[] interval : enabled) {
            if (at >= interval[0] && at < interval[1]) {
                return true;
            }
        }
        return false;
    }

    boolean memberAt(int instance, long at) {
        for (Segment segment : segments) {
            if (at >= segment.start() && at < segment.end()) {
                return segment.members().get(instance);
            }
        }
        return false;
    }

    /** The members at {@code at} (shared: the caller must not change it). */
    BitSet membersAt(long at) {
        for (Segment segment : segments) {
            if (at >= segment.start() && at < segment.end()) {
                return segment.members();
            }
        }
        return NONE;
    }

    /** Every instance that was a member at some time in [from, to). */
    BitSet membersDuring(long from, long to) {
        BitSet all = new BitSet();
        for (Segment segment : segments) {
            if (segment.start() < to && segment.end() > from) {
                all.or(segment.members());
            }
        }
        return all;
    }
}
