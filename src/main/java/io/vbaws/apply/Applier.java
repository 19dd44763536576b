package io.vbaws.apply;

import io.vbaws.api.ApiException;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.concurrent.DaemonWork;
import io.vbaws.plan.ChangeAction;
import io.vbaws.plan.Plan;
import io.vbaws.plan.PolicyChange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Carries out a plan in four phases: creates and updates; enable and disable; the priority order;
 * deletes. Changes within a phase run in parallel, with at most {@code parallelism} requests to
 * the appliance in flight at a time. When a phase has a failure, the later phases are not
 * attempted, so nothing is deleted or reordered on top of a half-applied state; the report says
 * what was done, and the next plan shows the rest.
 */
public final class Applier {
    private static final List<Set<ChangeAction>> PHASES = List.of(
            EnumSet.of(ChangeAction.CREATE, ChangeAction.UPDATE),
            EnumSet.of(ChangeAction.ENABLE, ChangeAction.DISABLE),
            EnumSet.of(ChangeAction.REORDER),
            EnumSet.of(ChangeAction.DELETE));

    private final ApplianceClient client;
    private final int parallelism;
    private final ApplyProgress progress;
    private final UsnGuard guard;
    private final DuplicateFreeCreate creates;

    /** An applier with at most {@code parallelism} requests in flight, and the standard duplicate-free creates. */
    public Applier(ApplianceClient client, int parallelism, ApplyProgress progress) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.client = client.limitedTo(parallelism);
        this.parallelism = parallelism;
        this.progress = progress;
        this.guard = new UsnGuard(this.client);
        this.creates = DuplicateFreeCreate.standard(this.client);
    }

    /** Applies the plan and reports every change's outcome, in plan order. */
    public ApplyReport apply(Plan plan) {
        Run run = new Run(plan);
        boolean failed = false;
        // Twice as many changes as requests are under way: while one change's request holds a slot,
        // another writes its body or reads its answer, so the slots never wait for that work.
        ExecutorService workers = DaemonWork.pool(2 * parallelism, "vbaws-apply");
        try {
            for (Set<ChangeAction> phase : PHASES) {
                List<PolicyChange> steps = plan.changes().stream().filter(c -> phase.contains(c.action())).toList();
                if (steps.isEmpty()) {
                    continue;
                }
                if (failed) {
                    steps.forEach(c -> run.record(new StepResult(c, StepOutcome.NOT_ATTEMPTED,
                            "not attempted: an earlier change failed", Duration.ZERO)));
                    continue;
                }
                failed = phase.contains(ChangeAction.REORDER) ? !run.reorder(steps) : !run.inParallel(steps, workers);
            }
        } finally {
            workers.shutdownNow();
        }
        return new ApplyReport(plan.changes().stream().map(run.results::get).toList());
    }

    /** The state of one apply: results so far, IDs of created policies, usns our own writes left. */
    private final class Run {
        private final Plan plan;
        private final Map<PolicyChange, StepResult> results = new ConcurrentHashMap<>();
        private final Map<String, String> createdIds = new ConcurrentHashMap<>();
        private final Map<String, Long> usnAfterOurWrite = new ConcurrentHashMap<>();

        Run(Plan plan) {
            this.plan = plan;
        }

        void record(StepResult result) {
            results.put(result.change(), result);
            progress.finished(result);
        }

        boolean inParallel(List<PolicyChange> steps, ExecutorService workers) {
            List<Future<StepResult>> running = new ArrayList<>();
            for (PolicyChange change : steps) {
                running.add(workers.submit(() -> timed(change)));
            }
            boolean allDone = true;
            for (Future<StepResult> f : running) {
                try {
                    allDone &= f.get().outcome() == StepOutcome.DONE;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while applying", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a change failed unexpectedly", e.getCause());
                }
            }
            return allDone;
        }

        private StepResult timed(PolicyChange change) {
            long started = System.nanoTime();
            StepResult result;
            try {
                Outcome done = carryOut(change);
                result = new StepResult(change, StepOutcome.DONE, done.detail(), since(started), done.warnings());
            } catch (RuntimeException e) {
                // Whatever went wrong, the step is recorded, so the report still says what was and was not done.
                result = new StepResult(change, StepOutcome.FAILED, describe(e, change), since(started));
            }
            record(result);
            return result;
        }

        private Outcome carryOut(PolicyChange change) {
            return switch (change.action()) {
                case CREATE -> create(change);
                case UPDATE -> update(change);
                case ENABLE, DISABLE -> new Outcome(onOff(change), null);
                case DELETE -> new Outcome(delete(change), null);
                case REORDER -> throw new IllegalStateException("reorder runs as one call");
            };
        }

        private Outcome create(PolicyChange change) {
            DuplicateFreeCreate.Created created = creates.create(change.body());
            createdIds.put(change.policy(), created.policy().id());
            usnAfterOurWrite.put(change.policy(), created.policy().usn());
            return new Outcome(created.recovered()
                    ? "created (its answer was lost; found it on the appliance, not created twice)"
                    : "created", created.policy().warning());
        }

        private Outcome update(PolicyChange change) {
            guard.check(change.policy(), change.id(), change.usn());
            SlaPolicy after = client.modifyPolicy(change.id(), change.body());
            Long usn = after == null ? null : after.usn();
            if (usn != null) {
                usnAfterOurWrite.put(change.policy(), usn);
            }
            return new Outcome("updated (usn " + change.usn() + " -> " + (usn == null ? "?" : usn) + ")",
                    after == null ? null : after.warning());
        }

        private String onOff(PolicyChange change) {
            String id = change.id();
            if (id == null) {
                id = createdIds.get(change.policy());
                if (id == null) {
                    throw new IllegalStateException("policy '" + change.policy() + "' was not created");
                }
            } else {
                guard.check(change.policy(), id, usnAfterOurWrite.getOrDefault(change.policy(), change.usn()));
            }
            if (change.action() == ChangeAction.ENABLE) {
                client.enablePolicy(id);
                return "enabled";
            }
            client.disablePolicy(id);
            return "disabled";
        }

        private String delete(PolicyChange change) {
            guard.check(change.policy(), change.id(), usnAfterOurWrite.getOrDefault(change.policy(), change.usn()));
            client.deletePolicy(change.id());
            return "deleted";
        }

        /**
         * The order moves every policy whose place changes, those about to be deleted included (they go
         * last), and each move takes a new usn. Read once right after it, those usns are ours, so the
         * deletes that follow are not refused as changed by someone else; as with every usn check, a
         * change landing within that one round trip is not caught.
         */
        private void rememberUsnsAfterReorder() {
            java.util.Set<String> ordered = new java.util.HashSet<>();
            plan.priorityOrder().priorities().forEach(p -> ordered.add(p.policy()));
            for (SlaPolicy policy : client.allPolicies()) {
                if (ordered.contains(policy.name()) && policy.usn() != null) {
                    usnAfterOurWrite.put(policy.name(), policy.usn());
                }
            }
        }

        /** One orderPriorities call for every reorder change. */
        boolean reorder(List<PolicyChange> steps) {
            long started = System.nanoTime();
            StepOutcome outcome;
            String failure = null;
            try {
                if (plan.priorityOrder() == null) {
                    throw new IllegalStateException("the plan reorders policies but holds no priority order");
                }
                client.orderPriorities(plan.priorityOrder().toRequest(createdIds::get));
                rememberUsnsAfterReorder();
                outcome = StepOutcome.DONE;
            } catch (RuntimeException e) {
                outcome = StepOutcome.FAILED;
                failure = describe(e);
            }
            Duration took = since(started);
            for (PolicyChange c : steps) {
                record(new StepResult(c, outcome, outcome == StepOutcome.DONE ? "priority " + c.priorityMove() : failure, took));
            }
            return outcome == StepOutcome.DONE;
        }
    }

    /** What a carried-out change says, and the appliance's warning about it (null when none). */
    private record Outcome(String detail, String warning) {
        List<String> warnings() {
            return warning == null || warning.isBlank() ? List.of() : List.of(warning);
        }
    }

    private static String describe(RuntimeException e, PolicyChange change) {
        if (ApplianceRefusal.isRefusal(e) && change.body() != null) {
            return ApplianceRefusal.describe((ApiException) e, change);
        }
        return describe(e);
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
