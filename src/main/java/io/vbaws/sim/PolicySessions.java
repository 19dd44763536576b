package io.vbaws.sim;

import io.vbaws.api.model.LogItem;
import io.vbaws.api.model.Session;
import io.vbaws.api.model.SessionLog;
import io.vbaws.api.model.ApiValues.LogStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The appliance's general session collection ({@code GET /sessions}): one {@code Policy} session per
 * policy, region, kind of restore point and scheduled run, covering the instances the policy
 * protected there at that time. Its status sums up theirs: Succeeded, Warning (some failed or
 * warned) or Failed (all failed). Derived like everything else, never stored.
 */
final class PolicySessions {
    static final String TYPE = "Policy";
    static final String SUCCEEDED = "Succeeded";
    static final String WARNING = "Warning";
    static final String FAILED = "Failed";

    /** One policy run in one region, with the instances it covered. */
    record Run(PolicyCompliance compliance, EstateRegion region, BackupKind kind, ScheduleKind schedule, long at,
               List<EstateInstance> instances) {
    }

    private final Estate estate;
    private final SessionOutcomes outcomes;
    private final SessionIds ids;

    PolicySessions(Estate estate, SessionOutcomes outcomes, SessionIds ids) {
        this.estate = estate;
        this.outcomes = outcomes;
        this.ids = ids;
    }

    /** Every run of the policy in [from, to), newest first; {@code instance} (when set) must be covered. */
    List<Run> runs(PolicyCompliance compliance, long from, long to, EstateInstance instance) {
        PolicyTimeline timeline = compliance.timeline();
        List<Run> runs = new ArrayList<>();
        for (String regionId : compliance.policy().spec().regionIds()) {
            EstateRegion region = estate.region(regionId);
            if (region == null || (instance != null && instance.region() != region)) {
                continue;
            }
            BitSet inRegion = estate.instancesIn(region);
            for (BackupKind kind : BackupKind.values()) {
                if (!compliance.schedules(kind)) {
                    continue;
                }
                for (ScheduleKind schedule : ScheduleKind.values()) {
                    long start = Math.max(from, timeline.created());
                    for (long at : compliance.runs(region, kind, schedule, start, to)) {
                        if (!timeline.enabledAt(at)) {
                            continue;
                        }
                        Run run = run(compliance, region, inRegion, kind, schedule, at);
                        if (run != null && (instance == null || run.instances().contains(instance))) {
                            runs.add(run);
                        }
                    }
                }
            }
        }
        runs.sort(Comparator.comparingLong((Run r) -> -r.at()).thenComparing(r -> r.region().index())
                .thenComparing(Run::kind).thenComparing(Run::schedule));
        return runs;
    }

    private Run run(PolicyCompliance compliance, EstateRegion region, BitSet inRegion, BackupKind kind, ScheduleKind schedule,
                    long at) {
        BitSet covered = (BitSet) compliance.timeline().membersAt(at).clone();
        covered.and(inRegion);
        List<EstateInstance> instances = new ArrayList<>();
        for (int i = covered.nextSetBit(0); i >= 0; i = covered.nextSetBit(i + 1)) {
            EstateInstance instance = estate.instance(i);
            if (compliance.applies(kind, instance)) {
                instances.add(instance);
            }
        }
        return instances.isEmpty() ? null : new Run(compliance, region, kind, schedule, at, instances);
    }

    /** The run a decoded policy-session ID names, if the policy really ran it. */
    Run find(PolicyCompliance compliance, SessionIds.Session session, long now) {
        if (session.subject() >= estate.regions().size()) {
            return null;
        }
        EstateRegion region = estate.regions().get(session.subject());
        long at = session.epochMinute() * 60;
        if (at > now || !compliance.policy().spec().regionIds().contains(region.id()) || !compliance.schedules(session.kind())
                || !compliance.timeline().enabledAt(at)
                || compliance.runs(region, session.kind(), session.schedule(), at, at + 1).length != 1) {
            return null;
        }
        return run(compliance, region, estate.instancesIn(region), session.kind(), session.schedule(), at);
    }

    Session session(Run run) {
        int failed = 0;
        int warned = 0;
        long longest = 0;
        for (EstateInstance instance : run.instances()) {
            Outcome outcome = run.compliance().outcome(instance, run.kind(), run.schedule(), run.at());
            if (outcome == Outcome.FAILED) {
                failed++;
            } else if (outcome == Outcome.WARNING) {
                warned++;
            }
            longest = Math.max(longest, duration(run, instance, outcome));
        }
        int total = run.instances().size();
        String status = failed == total ? FAILED : failed > 0 || warned > 0 ? WARNING : SUCCEEDED;
        String result = status.equals(SUCCEEDED) ? "Success" : status;
        String reason = failed > 0 ? failed + " of " + total + " instances failed"
                : warned > 0 ? warned + " of " + total + " instances finished with warnings" : null;
        long duration = longest + 30;
        return new Session(id(run), TYPE, status, result, reason, Instant.ofEpochSecond(run.at()).toString(),
                Instant.ofEpochSecond(run.at() + duration).toString(), duration, run.at() / 60,
                run.compliance().policy().id(), null);
    }

    SessionLog log(Run run) {
        List<LogItem> items = new ArrayList<>();
        String start = Instant.ofEpochSecond(run.at()).toString();
        String what = run.kind().apiName().toLowerCase(Locale.ROOT);
        items.add(new LogItem(start, LogStatus.SUCCESS, "Policy " + run.compliance().policy().name() + ": "
                + run.schedule().apiName().toLowerCase(Locale.ROOT) + " " + what + " in " + run.region().code() + " for "
                + run.instances().size() + " instances", start, 0L));
        int failed = 0;
        int warned = 0;
        for (EstateInstance instance : run.instances()) {
            Outcome outcome = run.compliance().outcome(instance, run.kind(), run.schedule(), run.at());
            long duration = duration(run, instance, outcome);
            String end = Instant.ofEpochSecond(run.at() + duration).toString();
            String subject = instance.name() + " (" + instance.vm().awsResourceId() + "): ";
            switch (outcome) {
                case SUCCESS -> items.add(new LogItem(end, LogStatus.SUCCESS, subject + what + " created", start, duration));
                case WARNING -> {
                    warned++;
                    items.add(new LogItem(end, LogStatus.WARNING, subject + outcomes.warning(run.kind()), start, duration));
                }
                case FAILED -> {
                    failed++;
                    items.add(new LogItem(end, LogStatus.ERROR, subject + outcomes.failureReason(run.compliance().policyKey(),
                            instance, run.kind(), run.schedule(), run.at()), start, duration));
                }
            }
        }
        int total = run.instances().size();
        items.add(new LogItem(start, failed == total ? LogStatus.ERROR : failed + warned > 0 ? LogStatus.WARNING : LogStatus.SUCCESS,
                "Processed " + total + " instances: " + (total - failed - warned) + " succeeded, " + warned
                        + " with warnings, " + failed + " failed", start, 0L));
        return new SessionLog(id(run), items);
    }

    String id(Run run) {
        return ids.encode(new SessionIds.Session(true, run.compliance().policy().serial(), run.region().index(), run.kind(),
                run.schedule(), run.at() / 60));
    }

    private long duration(Run run, EstateInstance instance, Outcome outcome) {
        return outcomes.durationSeconds(run.compliance().policyKey(), instance, run.kind(), run.schedule(), run.at(), outcome);
    }
}
