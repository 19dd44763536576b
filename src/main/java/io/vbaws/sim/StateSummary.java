package io.vbaws.sim;

import java.nio.file.Path;
import java.time.Instant;

/** What a state directory holds: its estate, seed, clock and how many policies. */
public record StateSummary(Path stateDir, EstateSize estate, long seed, Instant clock, int policies) {

    /** One line for people: {@code small estate, seed 42, clock 2026-..., 3 policies}. */
    public String describe() {
        return estate.label() + " estate, seed " + seed + ", clock " + clock + ", " + policies
                + (policies == 1 ? " policy" : " policies");
    }

    static StateSummary of(Path dir, ApplianceState state) {
        return new StateSummary(dir, state.estate(), state.seed(), state.clock(), state.policies().size());
    }
}
