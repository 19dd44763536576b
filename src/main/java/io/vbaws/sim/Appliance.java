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
    private static final int CACHE_SIZE = 2048;

    private final StateStore store;
    private volatile EstateModel model;
    private final Map<String, Object> cache = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };
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
                    cache.clear();
                    countedState = null;
                }
            }
        }
        return new ApplianceView(state, current, this);
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T cached(String key, Function<String, T> compute) {
        Object value = cache.get(key);
        if (value == null) {
            value = compute.apply(key);
            cache.put(key, value);
        }
        return (T) value;
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
}
