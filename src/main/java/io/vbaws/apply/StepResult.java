package io.vbaws.apply;

import io.vbaws.plan.PolicyChange;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of one change: outcome, a line saying what happened, how long it took, and the
 * warnings the appliance answered it with (its {@code warning} field).
 */
public record StepResult(PolicyChange change, StepOutcome outcome, String detail, Duration took, List<String> warnings) {

    public StepResult {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(outcome, "outcome");
        took = took == null ? Duration.ZERO : took;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result the appliance gave no warning for. */
    public StepResult(PolicyChange change, StepOutcome outcome, String detail, Duration took) {
        this(change, outcome, detail, took, List.of());
    }
}
