package io.vbaws.plan;

/** Planning refused: the scripts or the appliance are in a state no safe plan can come from. */
public final class PlanException extends RuntimeException {

    public PlanException(String message) {
        super(message);
    }
}
