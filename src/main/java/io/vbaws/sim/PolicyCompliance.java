package io.vbaws.sim;

import io.vbaws.api.model.ApiValues.SlaFilterStatus;
import io.vbaws.api.model.ApiValues.SlaStatus;
import io.vbaws.api.model.ResourceTimezone;
import io.vbaws.api.model.SessionTime;
import io.vbaws.api.model.SlaComplianceFigure;
import io.vbaws.api.model.SlaInstance;
import io.vbaws.api.model.SlaInstanceStatistics;
import io.vbaws.api.model.SlaPeriodResult;
import io.vbaws.api.model.SlaReport;
import io.vbaws.api.model.SlaSession;
import io.vbaws.api.model.SlaTemplate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The SLA figures of one policy at one clock reading, by the rules of NOTES.md. For each current
 * member and kind of restore point, the planned runs are the template's runs in the window while
 * the policy existed and was enabled; those before the instance joined (in its current unbroken
 * stretch) are credited as successful, the others succeed or fail as {@link SessionOutcomes} says.
 * An instance's percent is successful / planned; the policy's percent is the mean over its scored
 * instances (those with planned runs); it meets the SLA when the mean, rounded to two decimals, is
 * at least the template's target. Removed instances are listed, not scored. The template is always
 * the current one, so changing it recalculates the past. Session lists are the actual runs while
 * the instance was a member, so every figure can be checked against them.
 */
final class PolicyCompliance {
    /** The window of slaReport: the 30 days up to the appliance's clock. */
    static final Duration REPORT_WINDOW = Duration.ofDays(30);
    /** The target of a policy whose template names none (NOTES.md: the appliance's default SLA). */
    static final double DEFAULT_TARGET_SLA = 97.0;
    /** Instances in the order the appliance lists them: by name, then region. */
    private static final Comparator<EstateInstance> LISTED = Comparator.comparing(EstateInstance::name)
            .thenComparing(i -> i.region().code());
    private static final Comparator<Run> NEWEST_FIRST = Comparator.comparingLong((Run r) -> -r.at())
            .thenComparing(Run::kind).thenComparing(Run::schedule);

    /** What the run calendar is asked: the runs of one kind and schedule in a region within [from, to). */
    private record RunsKey(int region, BackupKind kind, ScheduleKind schedule, long from, long to) {
    }

    /** The report's figures: one per backup kind. */
    private record ReportKey() {
    }

    private record Figures(SlaComplianceFigure snapshot, SlaComplianceFigure replica, SlaComplianceFigure backup,
                           SlaComplianceFigure archive) {
    }

    private record PeriodsKey(Set<BackupKind> kinds, Set<ScheduleKind> schedules, Set<String> statuses) {
    }

    private record InstancesKey(Set<BackupKind> kinds, Set<ScheduleKind> schedules, long from, long to) {
    }

    /** One run the policy made for an instance. */
    private record Run(long at, BackupKind kind, ScheduleKind schedule) {
    }

    /** The mean percent over the instances that had planned runs, and how many those were. */
    private record Mean(double percent, int scored) {
    }

    private final Estate estate;
    private final SessionOutcomes outcomes;
    private final StoredPolicy policy;
    private final PolicyTimeline timeline;
    private final SlaTemplate template;
    private final long policyKey;
    private final long now;
    // Per policy usn and clock reading (this object's lifetime): the calendars and results asked for lately.
    private final RecentCache<RunsKey, long[]> runs = new RecentCache<>(4096);
    private final RecentCache<Object, Object> results = new RecentCache<>(32);

    PolicyCompliance(Estate estate, SessionOutcomes outcomes, StoredPolicy policy, PolicyTimeline timeline, Instant now) {
        this.estate = estate;
        this.outcomes = outcomes;
        this.policy = policy;
        this.timeline = timeline;
        this.template = estate.slaTemplate(policy.spec().slaTemplateId());
        this.policyKey = SessionOutcomes.policyKey(policy.id());
        this.now = now.getEpochSecond();
    }

    StoredPolicy policy() {
        return policy;
    }

    PolicyTimeline timeline() {
        return timeline;
    }

    long policyKey() {
        return policyKey;
    }

    /** The scheduled runs of a kind in a region within [from, to), memoised. */
    long[] runs(EstateRegion region, BackupKind kind, ScheduleKind schedule, long from, long to) {
        if (template == null) {
            return new long[0];
        }
        return runs.get(new RunsKey(region.index(), kind, schedule, from, to), () -> RunCalendar.runs(
                kind.schedule(template), schedule, kind.window(template), region.zone(), from, to));
    }

    boolean schedules(BackupKind kind) {
        return template != null && kind.schedule(template) != null;
    }

    boolean applies(BackupKind kind, EstateInstance instance) {
        return schedules(kind) && kind.appliesTo(policy.spec(), estate, instance);
    }

    /** A current member's tally over [from, to) for the given kinds and schedules; none for others. */
    Tally tally(EstateInstance instance, Set<BackupKind> kinds, Set<ScheduleKind> schedules, long from, long to) {
        if (!timeline.isMember(instance.index())) {
            return Tally.NONE;
        }
        long since = timeline.protectedSince(instance.index());
        long start = Math.max(from, timeline.created());
        long end = Math.min(to, now + 1);
        if (start >= end || since >= end) {
            return Tally.NONE;
        }
        int planned = 0;
        int successful = 0;
        for (BackupKind kind : kinds) {
            if (!applies(kind, instance)) {
                continue;
            }
            for (ScheduleKind schedule : schedules) {
                for (long run : runs(instance.region(), kind, schedule, start, end)) {
                    if (!timeline.enabledAt(run)) {
                        continue;
                    }
                    planned++;
                    if (run < since || outcomes.of(policyKey, instance, kind, schedule, run).madeRestorePoint()) {
                        successful++;
                    }
                }
            }
        }
        return new Tally(planned, successful);
    }

    SlaReport report(int priority) {
        Figures f = memo(new ReportKey(), () -> {
            long from = now - REPORT_WINDOW.getSeconds();
            long to = now + 1;
            return new Figures(figure(BackupKind.SNAPSHOT, from, to), figure(BackupKind.REPLICA, from, to),
                    figure(BackupKind.BACKUP, from, to), figure(BackupKind.ARCHIVE, from, to));
        });
        return new SlaReport(policy.id(), policy.name(), priority, policy.enabled(), policy.spec().description(),
                f.snapshot(), f.replica(), f.backup(), f.archive());
    }

    private SlaComplianceFigure figure(BackupKind kind, long from, long to) {
        if (!schedules(kind)) {
            return new SlaComplianceFigure(SlaStatus.NOT_CALCULATED, null);
        }
        Mean mean = meanOverScored(EnumSet.of(kind), EnumSet.allOf(ScheduleKind.class), from, to);
        if (mean == null) {
            return new SlaComplianceFigure(SlaStatus.NOT_CALCULATED, null);
        }
        return new SlaComplianceFigure(mean.percent() >= target() ? SlaStatus.MET : SlaStatus.MISSED, mean.percent());
    }

    /** The policy's percent over [from, to): the mean over its current members with planned runs; null when none had any. */
    private Mean meanOverScored(Set<BackupKind> kinds, Set<ScheduleKind> schedules, long from, long to) {
        double sum = 0;
        int scored = 0;
        BitSet members = timeline.current();
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            Tally tally = tally(estate.instance(i), kinds, schedules, from, to);
            if (tally.planned() > 0) {
                sum += tally.percent();
                scored++;
            }
        }
        return scored == 0 ? null : new Mean(round(sum / scored), scored);
    }

    /**
     * The SLA periods of each schedule kind asked for (14 days, 12 weeks, 12 months, UTC, up to the
     * clock), oldest first, each over the runs of that schedule kind of the asked backup kinds.
     * Periods before the policy existed or without scored instances are left out.
     */
    List<SlaPeriodResult> periods(Set<BackupKind> kinds, Set<ScheduleKind> schedules, Set<String> statuses) {
        return memo(new PeriodsKey(kinds, schedules, statuses), () -> computePeriods(kinds, schedules, statuses));
    }

    private List<SlaPeriodResult> computePeriods(Set<BackupKind> kinds, Set<ScheduleKind> schedules, Set<String> statuses) {
        List<SlaPeriodResult> results = new ArrayList<>();
        Instant clock = Instant.ofEpochSecond(now);
        for (ScheduleKind schedule : schedules) {
            List<LocalDate> starts = new ArrayList<>();
            LocalDate start = schedule.periodStart(clock);
            for (int i = 0; i < schedule.periods(); i++) {
                starts.add(0, start);
                start = schedule.previousPeriod(start);
            }
            for (LocalDate periodStart : starts) {
                long from = periodStart.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                long to = schedule.nextPeriod(periodStart).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                if (to <= timeline.created()) {
                    continue;
                }
                Mean mean = meanOverScored(kinds, EnumSet.of(schedule), from, to);
                if (mean == null) {
                    continue;
                }
                String status = mean.percent() >= target() ? SlaFilterStatus.MET : SlaFilterStatus.MISSED;
                if (statuses.isEmpty() || statuses.contains(status)) {
                    results.add(new SlaPeriodResult(Instant.ofEpochSecond(from).toString(), Instant.ofEpochSecond(to).toString(),
                            mean.percent(), mean.scored(), status));
                }
            }
        }
        return results;
    }

    /** One row per instance scored in [from, to), and a Removed row per former member of that window. */
    List<SlaInstance> instances(Set<BackupKind> kinds, Set<ScheduleKind> schedules, long from, long to) {
        return memo(new InstancesKey(kinds, schedules, from, to), () -> computeInstances(kinds, schedules, from, to));
    }

    private List<SlaInstance> computeInstances(Set<BackupKind> kinds, Set<ScheduleKind> schedules, long from, long to) {
        List<EstateInstance> members = new ArrayList<>();
        BitSet current = timeline.current();
        for (int i = current.nextSetBit(0); i >= 0; i = current.nextSetBit(i + 1)) {
            members.add(estate.instance(i));
        }
        members.sort(LISTED);
        List<SlaInstance> rows = new ArrayList<>();
        for (EstateInstance instance : members) {
            Tally tally = tally(instance, kinds, schedules, from, to);
            if (tally.planned() == 0) {
                continue;
            }
            double percent = round(tally.percent());
            rows.add(new SlaInstance(instance.id(), instance.name(), percent >= target() ? SlaFilterStatus.MET
                    : SlaFilterStatus.MISSED, percent, tally.planned(), tally.successful(), tally.missed()));
        }
        BitSet removed = timeline.membersDuring(Math.max(from, timeline.created()), Math.min(to, now + 1));
        removed.andNot(current);
        List<EstateInstance> former = new ArrayList<>();
        for (int i = removed.nextSetBit(0); i >= 0; i = removed.nextSetBit(i + 1)) {
            former.add(estate.instance(i));
        }
        former.sort(LISTED);
        for (EstateInstance instance : former) {
            rows.add(new SlaInstance(instance.id(), instance.name(), SlaFilterStatus.REMOVED, null, 0, 0, 0));
        }
        return rows;
    }

    static SlaInstanceStatistics statistics(List<SlaInstance> rows) {
        int met = 0;
        int missed = 0;
        int removed = 0;
        for (SlaInstance row : rows) {
            switch (row.status()) {
                case SlaFilterStatus.MET -> met++;
                case SlaFilterStatus.MISSED -> missed++;
                default -> removed++;
            }
        }
        return new SlaInstanceStatistics(met, missed, removed);
    }

    /** The sessions the policy ran for an instance in [from, to), newest first. */
    List<SlaSession> sessions(EstateInstance instance, Set<BackupKind> kinds, Set<ScheduleKind> schedules, long from, long to,
                              SessionIds ids) {
        List<Run> found = new ArrayList<>();
        long start = Math.max(from, timeline.created());
        long end = Math.min(to, now + 1);
        if (start >= end) {
            return List.of();
        }
        for (BackupKind kind : kinds) {
            if (!applies(kind, instance)) {
                continue;
            }
            for (ScheduleKind schedule : schedules) {
                for (long run : runs(instance.region(), kind, schedule, start, end)) {
                    if (timeline.enabledAt(run) && timeline.memberAt(instance.index(), run)) {
                        found.add(new Run(run, kind, schedule));
                    }
                }
            }
        }
        found.sort(NEWEST_FIRST);
        List<SlaSession> sessions = new ArrayList<>(found.size());
        for (Run run : found) {
            Outcome outcome = outcomes.of(policyKey, instance, run.kind(), run.schedule(), run.at());
            String id = ids.encode(new SessionIds.Session(false, policy.serial(), instance.index(), run.kind(),
                    run.schedule(), run.at() / 60));
            sessions.add(new SlaSession(id, outcome.slaStatus(), time(run.at(), instance.region())));
        }
        return sessions;
    }

    /** Whether the policy really ran this kind and schedule for the instance at {@code run}. */
    boolean ran(EstateInstance instance, BackupKind kind, ScheduleKind schedule, long run) {
        if (run > now || run < timeline.created() || !applies(kind, instance)) {
            return false;
        }
        if (!timeline.enabledAt(run) || !timeline.memberAt(instance.index(), run)) {
            return false;
        }
        long[] at = RunCalendar.runs(kind.schedule(template), schedule, kind.window(template), instance.region().zone(),
                run, run + 1);
        return at.length == 1;
    }

    Outcome outcome(EstateInstance instance, BackupKind kind, ScheduleKind schedule, long run) {
        return outcomes.of(policyKey, instance, kind, schedule, run);
    }

    /** A result computed once per policy usn and clock reading (this object's lifetime), the most recent kept. */
    @SuppressWarnings("unchecked")
    private <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        return (T) results.get(key, compute::get);
    }

    double target() {
        return template == null || template.targetSla() == null ? DEFAULT_TARGET_SLA : template.targetSla();
    }

    static SessionTime time(long epochSecond, EstateRegion region) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        String offset = region.zone().getRules().getOffset(at).getId();
        return new SessionTime(at.toString(), new ResourceTimezone(region.zone().getId(), offset.equals("Z") ? "+00:00" : offset));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
