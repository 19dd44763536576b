package io.vbaws.runbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The writes of one run, on every appliance it reaches: the facade of another profile
 * ({@code vbaws.profile("dr")}) records into the same ledger, so the run's summary counts them all.
 */
final class WriteLedger {
    private final List<RunbookWrite> made = new ArrayList<>();
    private int failures;

    synchronized void record(List<RunbookWrite> writes) {
        made.addAll(writes);
    }

    synchronized void failed() {
        failures++;
    }

    /** The writes made so far (in a dry run: shown), in order. */
    synchronized List<RunbookWrite> made() {
        return List.copyOf(made);
    }

    synchronized int failures() {
        return failures;
    }
}
