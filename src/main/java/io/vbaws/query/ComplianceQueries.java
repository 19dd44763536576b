package io.vbaws.query;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.SlaInstancesQuery;
import io.vbaws.api.SlaResultsQuery;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.SlaComplianceFigure;
import io.vbaws.api.model.SlaInstances;
import io.vbaws.api.model.SlaPeriodResult;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaReport;
import io.vbaws.api.model.SlaTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compliance questions: policies with their figures, a policy's report, periods, instances and chart. */
final class ComplianceQueries {
    private static final List<String> SCHEDULE_TYPES = List.of(ApiValues.ScheduleType.DAILY,
            ApiValues.ScheduleType.WEEKLY, ApiValues.ScheduleType.MONTHLY);

    private final ApplianceClient client;
    private final TimeArguments time;
    private final SlaReferences references;
    private final InstanceRegions regions;

    ComplianceQueries(ApplianceClient client, TimeArguments time, SlaReferences references, InstanceRegions regions) {
        this.regions = regions;
        this.client = client;
        this.time = time;
        this.references = references;
    }

    QueryResult policies() {
        List<SlaPolicy> policies = new ArrayList<>(client.allPolicies());
        policies.sort(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                .thenComparing(p -> p.name() == null ? "" : p.name()));
        Map<String, SlaTemplate> templates = references.templatesById();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SlaPolicy p : policies) {
            SlaTemplate t = templates.get(p.slaTemplateId());
            SlaReport r = references.reportOf(p);
            rows.add(Row.of("name", p.name()).and("isEnabled", p.isEnabled()).and("priority", p.priority())
                    .and("slaTemplate", t == null ? p.slaTemplateId() : t.name())
                    .and("targetSla", t == null ? null : t.targetSla())
                    .and("snapshotSla", percent(r == null ? null : r.snapshotSlaReport()))
                    .and("replicaSla", percent(r == null ? null : r.replicaSlaReport()))
                    .and("backupSla", percent(r == null ? null : r.backupSlaReport()))
                    .and("archiveSla", percent(r == null ? null : r.archiveSlaReport()))
                    .and("id", p.id()).map());
        }
        return new QueryResult(rows.size() + " SLA-based " + (rows.size() == 1 ? "policy" : "policies"), rows);
    }

    QueryResult report(String policy) {
        SlaPolicy p = references.policy(policy);
        SlaTemplate t = references.templatesById().get(p.slaTemplateId());
        SlaReport r = references.reportOf(p);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TypeFigure tf : TypeFigure.of(r)) {
            SlaComplianceFigure f = tf.figure();
            rows.add(Row.of("backupType", tf.backupType()).and("status", f == null ? null : f.status())
                    .and("achievedSlaPercent", f == null ? null : f.achievedSlaPercent())
                    .and("targetSla", t == null ? null : t.targetSla()).map());
        }
        return new QueryResult(p.name() + ": SLA compliance per backup type" + QueryCaptions.templateNote(t), rows);
    }

    /** One backup type's figure of a slaReport row; null when the appliance gave none. */
    private record TypeFigure(String backupType, SlaComplianceFigure figure) {
        static List<TypeFigure> of(SlaReport r) {
            return List.of(
                    new TypeFigure(ApiValues.SlaBackupType.SNAPSHOT, r == null ? null : r.snapshotSlaReport()),
                    new TypeFigure(ApiValues.SlaBackupType.REPLICA, r == null ? null : r.replicaSlaReport()),
                    new TypeFigure(ApiValues.SlaBackupType.BACKUP, r == null ? null : r.backupSlaReport()),
                    new TypeFigure(ApiValues.SlaBackupType.ARCHIVE, r == null ? null : r.archiveSlaReport()));
        }
    }

    /** Periods of each schedule type asked for (all three when none is), each row saying its type. */
    QueryResult periods(String policy, QueryOptions options) {
        SlaPolicy p = references.policy(policy);
        List<String> schedules = options.scheduleTypes().isEmpty() ? SCHEDULE_TYPES : options.scheduleTypes();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String schedule : schedules) {
            for (SlaPeriodResult r : client.slaResults(p.id(),
                    new SlaResultsQuery(options.statuses(), options.backupTypes(), List.of(schedule)))) {
                rows.add(Row.of("scheduleType", schedule).and("from", r.from()).and("to", r.to())
                        .and("achievedSlaPercent", r.achievedSlaPercent())
                        .and("processedObjects", r.processedObjects()).and("status", r.status()).map());
            }
        }
        return new QueryResult(p.name() + ": SLA results per period" + QueryCaptions.filters(options), rows);
    }

    QueryResult instances(String policy, QueryOptions options) {
        SlaPolicy p = references.policy(policy);
        Instant from = time.from(options.from());
        Instant to = time.to(options.to());
        QueryCaptions.checkOrder(from, to);
        SlaInstances answer = client.slaInstances(p.id(), new SlaInstancesQuery(from, to, options.statuses(),
                options.backupTypes(), options.scheduleTypes(), options.search()));
        List<Map<String, Object>> rows = answer.results() == null ? List.of() : answer.results().stream()
                .map(i -> Row.of("instanceName", i.instanceName()).and("region", regions.of(i.instanceId()))
                        .and("status", i.status()).and("achievedSlaPercent", i.achievedSlaPercent())
                        .and("planned", i.planned()).and("successful", i.successful()).and("missed", i.missed())
                        .and("instanceId", i.instanceId()).map())
                .toList();
        Map<String, Object> statistics = new LinkedHashMap<>();
        if (answer.statistics() != null) {
            statistics.put("metTargetSla", answer.statistics().metTargetSla());
            statistics.put("missedTargetSla", answer.statistics().missedTargetSla());
            statistics.put("removed", answer.statistics().removed());
        }
        return new QueryResult(p.name() + ": SLA compliance per instance, " + QueryCaptions.period(from, to)
                + QueryCaptions.filters(options), rows, "statistics", statistics);
    }

    /**
     * A policy's compliance per period as a chart with the template's target. Without a schedule
     * type the daily periods are drawn, as in the appliance's SLA overview.
     */
    SlaChart chart(SlaPolicy p, QueryOptions options) {
        return chart(p, references.templatesById(), options);
    }

    /** As {@link #chart(SlaPolicy, QueryOptions)}, with the templates already read (a report reads them once). */
    SlaChart chart(SlaPolicy p, Map<String, SlaTemplate> templatesById, QueryOptions options) {
        SlaTemplate t = templatesById.get(p.slaTemplateId());
        List<String> schedule = options.scheduleTypes().isEmpty() ? List.of(ApiValues.ScheduleType.DAILY)
                : options.scheduleTypes();
        List<SlaPeriodResult> results = client.slaResults(p.id(),
                new SlaResultsQuery(List.of(), options.backupTypes(), schedule));
        List<SlaChart.Bar> bars = results.stream().map(r -> new SlaChart.Bar(r.from(), r.to(),
                r.achievedSlaPercent(), r.status())).toList();
        return new SlaChart(p.name(), t == null ? null : t.targetSla(),
                options.backupTypes().isEmpty() ? null : String.join("+", options.backupTypes()),
                String.join("+", schedule), bars);
    }

    /** The achieved percent, or null when the appliance has not calculated this type (so no average is misled). */
    static Double percent(SlaComplianceFigure f) {
        if (f == null || ApiValues.SlaStatus.NOT_CALCULATED.equals(f.status())) {
            return null;
        }
        return f.achievedSlaPercent();
    }
}
