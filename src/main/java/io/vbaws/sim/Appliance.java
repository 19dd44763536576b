package io.vbaws.sim;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The appliance behind the HTTP front: the stored state, the estate model it implies, and caches of
 * what is expensive to derive (policy timelines per policy usn, SLA figures per policy usn and
 * clock, protection counts per state). Every request works on one consistent {@link ApplianceView}.
 */
final class Appliance {
    private final StateStore store;
    private volatile EstateModel model;
    private final Lru timelines = new Lru(4096);
    private final Lru compliance = new Lru(64);
    private ApplianceState countedState;
    private int[] counts;

    Appliance(StateStore store, EstateModel model) {
        this.store = store;
        this.model = model;
    }

    StateStore store() {
        return store;
    }

    /** The appliance as it is now. */
    ApplianceView view() {
        return viewOf(store.current());
    }

    /** Runs a change against the freshest state, under the state lock, and stores its result. */
    <T> T change(Function<ApplianceView, StateStore.Change<T>> change) {
        return store.change(state -> change.apply(viewOf(state)));
    }

    Instant now() {
        return store.current().clock();
    }

    private ApplianceView viewOf(ApplianceState state) {
        EstateModel current = model;
        if (!current.fits(state)) {
            synchronized (this) {
                current = model;
                if (!current.fits(state)) {
                    current = EstateModel.of(new EstateGenerator(state.seed(), state.estate()).generate());
                    model = current;
                    timelines.clear();
                    compliance.clear();
                    countedState = null;
                }
            }
        }
        return new ApplianceView(state, current, this);
    }

    /** A policy's timeline: per policy usn, cheap to keep, many kept. */
    <T> T timeline(String key, Function<String, T> compute) {
        return timelines.get(key, compute);
    }

    /** A policy's SLA figures: per policy usn and clock, heavy (the large estate), a few kept. */
    <T> T compliance(String key, Function<String, T> compute) {
        return compliance.get(key, compute);
    }

    /** How many policies protect each instance in this state, computed once per state. */
    synchronized int[] protectionCounts(ApplianceView view) {
        if (countedState != view.state() || counts == null) {
            int[] result = new int[view.estate().instances().size()];
            for (StoredPolicy policy : view.state().policies()) {
                java.util.BitSet members = view.timeline(policy).current();
                for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
                    result[i]++;
                }
            }
            counts = result;
            countedState = view.state();
        }
        return counts;
    }

    /** A small least-recently-used cache. */
    private static final class Lru {
        private final Map<String, Object> entries;

        Lru(int size) {
            this.entries = new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > size;
                }
            };
        }

        @SuppressWarnings("unchecked")
        synchronized <T> T get(String key, Function<String, T> compute) {
            Object value = entries.get(key);
            if (value == null) {
                value = compute.apply(key);
                entries.put(key, value);
            }
            return (T) value;
        }

        synchronized void clear() {
            entries.clear();
        }
    }
}
