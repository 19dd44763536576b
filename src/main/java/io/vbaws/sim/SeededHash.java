package io.vbaws.sim;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic 64-bit hashing of a seed and keys (the SplitMix64 finaliser): the same inputs give
 * the same value on every JVM, which is what lets the sim derive outcomes instead of storing them.
 */
final class SeededHash {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SeededHash() {
    }

    /** The SplitMix64 finaliser: a bijective, well-spread scramble of {@code z}. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of the seed and the parts, in order. */
    static long hash(long seed, long... parts) {
        long h = mix(seed + GOLDEN);
        for (long part : parts) {
            h = mix(h ^ mix(part + GOLDEN));
        }
        return h;
    }

    /** A 64-bit hash of a string (FNV-1a over its UTF-8 bytes, then mixed). */
    static long of(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** A hash turned into a double uniformly spread over [0, 1). */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
