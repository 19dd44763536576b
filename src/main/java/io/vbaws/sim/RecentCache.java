package io.vbaws.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A bounded cache that keeps the most recently used entries and drops the least recently used beyond its size. */
final class RecentCache<K, V> {
    private final Map<K, V> entries;

    RecentCache(int size) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The value for {@code key}, computed once while it stays among the recent ones. */
    V get(K key, Supplier<V> compute) {
        synchronized (entries) {
            V value = entries.get(key);
            if (value != null) {
                return value;
            }
        }
        // Computed outside the lock: two threads may both compute a value, and either is right.
        V value = compute.get();
        synchronized (entries) {
            entries.putIfAbsent(key, value);
            return entries.get(key) == null ? value : entries.get(key);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
