package io.vbaws.apply;

/** What became of one change of a plan. */
public enum StepOutcome {
    /** Carried out. */
    DONE,
    /** Tried and failed; the appliance is as it was for this change. */
    FAILED,
    /** Not tried, because an earlier phase failed or the policy it needs was not created. */
    NOT_ATTEMPTED
}
