package io.vbaws.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * The appliance's clock. It stands still between changes, so figures are stable from one command
 * to the next; {@link #advance(Duration)} (or {@code POST /sim/advance?days=N}) moves it forward,
 * and the sessions due in between have then run: history is derived from the clock, not stored.
 */
public final class SimClock {
    private final Appliance appliance;

    SimClock(Appliance appliance) {
        this.appliance = appliance;
    }

    /** The appliance's current time. */
    public Instant now() {
        return appliance.now();
    }

    /** Moves the clock forward (never back) and persists it; answers the new time. */
    public Instant advance(Duration by) {
        if (by == null || by.isNegative()) {
            throw new IllegalArgumentException("the appliance's clock only moves forward, not by " + by);
        }
        return appliance.store().change(state -> {
            ApplianceState moved = state.withClock(state.clock().plus(by));
            return new StateStore.Change<>(by.isZero() ? state : moved, moved.clock());
        });
    }
}
