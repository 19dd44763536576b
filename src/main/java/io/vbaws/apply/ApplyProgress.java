package io.vbaws.apply;

/** Told about each change as it finishes, from whichever worker thread finished it. */
@FunctionalInterface
public interface ApplyProgress {

    void finished(StepResult result);

    /** Tells no one. */
    ApplyProgress SILENT = result -> { };
}
