package io.vbaws.runbook;

/** How a run ended: the writes made (or shown, in a dry run), the failures, and the exit code. */
public record RunSummary(int writes, int failures, int exitCode, boolean dryRun) {

    /** One line for people. */
    public String line() {
        return "runbook " + (exitCode == 0 ? "finished" : "ended with exit code " + exitCode) + ": " + writes
                + (dryRun ? " write(s) shown, none sent" : " write(s) made") + ", " + failures + " failure(s)";
    }
}
