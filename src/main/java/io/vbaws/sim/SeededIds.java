package io.vbaws.sim;

import java.util.Locale;
import java.util.UUID;

/**
 * Identifiers derived from the seed and a key, never from a counter or the clock, so the same seed
 * gives the same IDs however the estate grows around them.
 */
final class SeededIds {
    private SeededIds() {
    }

    /**
     * A UUID (version 4 in form) derived from {@code kind} and {@code key} under {@code seed}. Not
     * {@code UUID.nameUUIDFromBytes}: its MD5 costs a security-provider start-up on every CLI run.
     */
    static String uuid(long seed, String kind, String key) {
        long kindHash = SeededHash.of(kind);
        long keyHash = SeededHash.of(key);
        long high = SeededHash.hash(seed, kindHash, keyHash);
        long low = SeededHash.hash(~seed, keyHash, kindHash);
        return new UUID((high & 0xFFFFFFFFFFFF0FFFL) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    /** {@code digits} lowercase hex digits derived from the seed and key, for AWS-style IDs (i-0..., vol-0...). */
    static String hex(long seed, String kind, String key, int digits) {
        StringBuilder out = new StringBuilder(digits);
        long h = SeededHash.hash(seed, SeededHash.of(kind), SeededHash.of(key));
        while (out.length() < digits) {
            out.append(String.format(Locale.ROOT, "%016x", h));
            h = SeededHash.mix(h);
        }
        return out.substring(0, digits);
    }
}
