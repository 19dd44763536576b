package io.vbaws.runbook;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.apply.Applier;
import io.vbaws.apply.ApplyProgress;
import io.vbaws.apply.ApplyReport;
import io.vbaws.apply.StepOutcome;
import io.vbaws.apply.StepResult;
import io.vbaws.plan.ChangeAction;
import io.vbaws.plan.FieldChange;
import io.vbaws.plan.Plan;
import io.vbaws.plan.PlannedOrder;
import io.vbaws.plan.PlannedPriority;
import io.vbaws.plan.PolicyChange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every write a runbook makes, as a plan carried out by {@link Applier}: the same usn-guarded path
 * as {@code vbaws apply}. In a dry run each write is logged and none is sent, and the list is the
 * one a real run makes (the facade keeps its own view of what changed, so later calls see it).
 */
final class PolicyWrites {
    private final ApplianceClient client;
    private final boolean dryRun;
    private final RunLog log;
    private final WriteLedger ledger;

    PolicyWrites(ApplianceClient client, boolean dryRun, RunLog log, WriteLedger ledger) {
        this.client = client;
        this.dryRun = dryRun;
        this.log = log;
        this.ledger = ledger;
    }

    boolean dryRun() {
        return dryRun;
    }

    /** Turns a policy on or off, usn-guarded against the version {@code usn}. */
    void enabled(String name, String id, Long usn, boolean enable) {
        ChangeAction action = enable ? ChangeAction.ENABLE : ChangeAction.DISABLE;
        PolicyChange change = new PolicyChange(action, name, id, usn, null,
                List.of(new FieldChange("isEnabled", !enable, enable)), 0, null);
        carryOut(new Plan(List.of(change), List.of(), null, List.of()));
    }

    /** Moves one policy to {@code priority}; the others keep their order around it, numbered 1..N. */
    void priority(String name, int priority) {
        List<SlaPolicy> live = new ArrayList<>(client.allPolicies());
        live.sort(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                .thenComparing(SlaPolicy::name));
        SlaPolicy moved = live.stream().filter(p -> name.equals(p.name())).findFirst()
                .orElseThrow(() -> new RunbookException("no policy '" + name + "' on the appliance"));
        if (priority < 1 || priority > live.size()) {
            throw new RunbookException("priority(" + priority + ") of " + name + ": priorities run from 1 to "
                    + live.size());
        }
        live.remove(moved);
        live.add(priority - 1, moved);
        List<PlannedPriority> order = new ArrayList<>();
        List<PolicyChange> changes = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            SlaPolicy p = live.get(i);
            order.add(new PlannedPriority(p.name(), p.id(), i + 1));
            if (p.priority() == null || p.priority() != i + 1) {
                changes.add(new PolicyChange(ChangeAction.REORDER, p.name(), p.id(), p.usn(), null,
                        List.of(new FieldChange(PolicyChange.PRIORITY, p.priority(), i + 1)), 0, null,
                        p == moved ? null : name + " takes priority " + priority));
            }
        }
        if (!changes.isEmpty()) {
            carryOut(new Plan(changes, List.of(), new PlannedOrder(order), List.of()));
        }
    }

    /** Carries out a plan (one of the facade's own, or one made from DSL files); throws when a step failed. */
    ApplyReport carryOut(Plan plan) {
        List<RunbookWrite> writes = plan.changes().stream().map(PolicyWrites::write).toList();
        ledger.record(writes);
        if (dryRun) {
            writes.forEach(w -> log.write(w, true, "not sent"));
            return new ApplyReport(plan.changes().stream()
                    .map(c -> new StepResult(c, StepOutcome.NOT_ATTEMPTED, "dry run", null)).toList());
        }
        ApplyReport report = new Applier(client, 1, ApplyProgress.SILENT).apply(plan);
        for (int i = 0; i < writes.size(); i++) {
            StepResult step = report.steps().get(i);
            log.write(writes.get(i), false, step.outcome() == StepOutcome.DONE ? step.detail()
                    : step.outcome().toString().toLowerCase(java.util.Locale.ROOT) + ": " + step.detail());
        }
        if (!report.succeeded()) {
            ledger.failed();
            throw new RunbookException(report.with(StepOutcome.FAILED).stream()
                    .map(s -> s.change().action().word() + " " + s.change().policy() + ": " + s.detail())
                    .collect(Collectors.joining("; ")));
        }
        return report;
    }

    private static RunbookWrite write(PolicyChange change) {
        String fields = change.fields().stream().map(f -> f.word() + ": " + f.before() + " -> " + f.after())
                .collect(Collectors.joining(", "));
        return new RunbookWrite(change.action().word(), change.policy(), fields);
    }
}
