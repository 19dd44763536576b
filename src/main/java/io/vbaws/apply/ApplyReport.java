package io.vbaws.apply;

import io.vbaws.plan.ChangeAction;
import java.util.List;

/** What an apply did: every change of the plan with its outcome, in plan order. */
public record ApplyReport(List<StepResult> steps) {

    public ApplyReport {
        steps = List.copyOf(steps);
    }

    /** Whether every change was carried out. */
    public boolean succeeded() {
        return steps.stream().allMatch(s -> s.outcome() == StepOutcome.DONE);
    }

    public List<StepResult> with(StepOutcome outcome) {
        return steps.stream().filter(s -> s.outcome() == outcome).toList();
    }

    /** One line: {@code Apply complete: 2 created, 1 updated, 0 deleted.} or what failed. */
    public String summaryLine() {
        if (succeeded()) {
            return "Apply complete: " + count(ChangeAction.CREATE) + " created, " + count(ChangeAction.UPDATE)
                    + " updated, " + count(ChangeAction.DELETE) + " deleted"
                    + extra(ChangeAction.ENABLE, "enabled") + extra(ChangeAction.DISABLE, "disabled")
                    + extra(ChangeAction.REORDER, "reprioritised") + ".";
        }
        return "Apply failed: " + with(StepOutcome.DONE).size() + " of " + steps.size() + " changes done, "
                + with(StepOutcome.FAILED).size() + " failed, " + with(StepOutcome.NOT_ATTEMPTED).size()
                + " not attempted. Run plan again to see what remains.";
    }

    private long count(ChangeAction action) {
        return steps.stream().filter(s -> s.change().action() == action && s.outcome() == StepOutcome.DONE).count();
    }

    private String extra(ChangeAction action, String word) {
        long n = count(action);
        return n == 0 ? "" : ", " + n + " " + word;
    }
}
