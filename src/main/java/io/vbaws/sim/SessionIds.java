package io.vbaws.sim;

import java.math.BigInteger;
import java.util.UUID;

/**
 * Session IDs that carry what the session was, so sessions need not be stored: a policy session or
 * one instance's SLA session, the policy's serial, the instance (or region) index, the backup kind,
 * the schedule kind and the scheduled minute. The 81 bits of that are masked with a pad derived
 * from a 41-bit keyed check, and laid into a version-4 UUID, so IDs look random, decode back, and
 * an ID the appliance never issued fails the check.
 */
final class SessionIds {
    /** What a session ID says. {@code subject} is an instance index, or a region index for a policy session. */
    record Session(boolean policySession, int policySerial, int subject, BackupKind kind, ScheduleKind schedule,
                   long epochMinute) {
    }

    private static final int PAYLOAD_BITS = 81;
    private static final int CHECK_BITS = 41;
    private static final BigInteger PAYLOAD_MASK = BigInteger.ONE.shiftLeft(PAYLOAD_BITS).subtract(BigInteger.ONE);
    private static final long CHECK_MASK = (1L << CHECK_BITS) - 1;

    private final long seed;

    SessionIds(long seed) {
        this.seed = seed;
    }

    String encode(Session session) {
        BigInteger payload = BigInteger.valueOf(session.policySession() ? 1 : 0)
                .shiftLeft(24).or(BigInteger.valueOf(session.policySerial() & 0xFFFFFFL))
                .shiftLeft(20).or(BigInteger.valueOf(session.subject() & 0xFFFFFL))
                .shiftLeft(2).or(BigInteger.valueOf(session.kind().ordinal()))
                .shiftLeft(2).or(BigInteger.valueOf(session.schedule().ordinal()))
                .shiftLeft(32).or(BigInteger.valueOf(session.epochMinute() & 0xFFFFFFFFL));
        long check = check(payload);
        BigInteger value = BigInteger.valueOf(check).shiftLeft(PAYLOAD_BITS).or(payload.xor(pad(check)));
        long msbHigh = value.shiftRight(74).longValue() & 0xFFFFFFFFFFFFL;
        long msbLow = value.shiftRight(62).longValue() & 0xFFFL;
        long lsb = value.longValue() & 0x3FFFFFFFFFFFFFFFL;
        long msb = (msbHigh << 16) | (0x4L << 12) | msbLow;
        return new UUID(msb, lsb | 0x8000000000000000L).toString();
    }

    /** The session an ID names, or null when this appliance could not have issued it. */
    Session decode(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uuid.version() != 4 || uuid.variant() != 2) {
            return null;
        }
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        BigInteger value = BigInteger.valueOf((msb >>> 16) & 0xFFFFFFFFFFFFL).shiftLeft(12)
                .or(BigInteger.valueOf(msb & 0xFFFL)).shiftLeft(62)
                .or(BigInteger.valueOf(lsb & 0x3FFFFFFFFFFFFFFFL));
        long check = value.shiftRight(PAYLOAD_BITS).longValue() & CHECK_MASK;
        BigInteger payload = value.and(PAYLOAD_MASK).xor(pad(check));
        if (check(payload) != check) {
            return null;
        }
        long minute = payload.longValue() & 0xFFFFFFFFL;
        BigInteger rest = payload.shiftRight(32);
        int schedule = rest.intValue() & 0x3;
        rest = rest.shiftRight(2);
        int kind = rest.intValue() & 0x3;
        rest = rest.shiftRight(2);
        int subject = rest.intValue() & 0xFFFFF;
        rest = rest.shiftRight(20);
        int serial = rest.intValue() & 0xFFFFFF;
        boolean policySession = rest.shiftRight(24).intValue() == 1;
        if (schedule >= ScheduleKind.values().length) {
            return null;
        }
        return new Session(policySession, serial, subject, BackupKind.values()[kind], ScheduleKind.values()[schedule], minute);
    }

    private long check(BigInteger payload) {
        return SeededHash.hash(seed, 0x5E55L, payload.shiftRight(64).longValue(), payload.longValue()) & CHECK_MASK;
    }

    private BigInteger pad(long check) {
        long high = SeededHash.hash(seed, 0xFAD0L, check);
        long low = SeededHash.hash(seed, 0xFAD1L, check);
        return BigInteger.valueOf(high & 0x1FFFFL).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(low)));
    }
}
