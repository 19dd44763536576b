package io.vbaws.apply;

import io.vbaws.plan.PolicyChange;
import java.time.Duration;
import java.util.Objects;

/** The result of one change: outcome, a line saying what happened, and how long it took. */
public record StepResult(PolicyChange change, StepOutcome outcome, String detail, Duration took) {

    public StepResult {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(outcome, "outcome");
        took = took == null ? Duration.ZERO : took;
    }
}
