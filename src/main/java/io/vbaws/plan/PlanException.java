package io.vbaws.plan;

import java.util.List;

/**
 * Planning refused: the scripts or the appliance are in a state no safe plan can come from. One
 * refusal may name several problems (every protected policy a script removed), one per line.
 */
public final class PlanException extends RuntimeException {
    private final List<String> problems;

    public PlanException(String message) {
        this(List.of(message));
    }

    /** A refusal for each of {@code problems}, all reported at once. */
    public PlanException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, as the message says them line by line. */
    public List<String> problems() {
        return problems;
    }
}
