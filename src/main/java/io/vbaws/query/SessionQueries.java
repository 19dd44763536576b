package io.vbaws.query;

import io.vbaws.concurrent.ParallelMap;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.SlaInstancesQuery;
import io.vbaws.api.SlaSessionsQuery;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.SlaInstance;
import io.vbaws.api.model.SlaInstances;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaSession;
import io.vbaws.api.model.SlaSessionLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The session questions: one instance's sessions, one session's log, and what missed its SLA and why. */
final class SessionQueries {
    private final ApplianceClient client;
    private final TimeArguments time;
    private final SlaReferences references;
    private final InstanceRegions regions;
    /** As many as the client fetches pages at once. */
    private final ParallelMap reads = new ParallelMap(8, "vbaws-query-read");

    SessionQueries(ApplianceClient client, TimeArguments time, SlaReferences references, InstanceRegions regions) {
        this.regions = regions;
        this.client = client;
        this.time = time;
        this.references = references;
    }

    /** The sessions of one instance, each with how long it ran and, when it did not succeed, why. */
    QueryResult sessions(String policy, String instance, QueryOptions options) {
        SlaPolicy p = references.policy(policy);
        Instant from = time.from(options.from());
        Instant to = time.to(options.to());
        QueryCaptions.checkOrder(from, to);
        SlaInstance target = references.instance(p, instance, from, to);
        List<SlaSession> sessions = client.slaSessions(p.id(), target.instanceId(),
                new SlaSessionsQuery(from, to, options.backupTypes(), options.scheduleTypes()));
        List<Map<String, Object>> rows = sessions.stream().map(s -> {
            SessionFacts facts = SessionFacts.of(client.slaSessionLogs(s.sessionId()));
            return Row.of("sessionId", s.sessionId()).and("status", s.status())
                    .and("startTime", s.startTime() == null ? null : s.startTime().sessionTimestampUtc())
                    .and("durationSeconds", facts.durationSeconds()).and("reason", facts.reason())
                    .and("resourceTimezone", s.startTime() == null || s.startTime().resourceTimezone() == null ? null
                            : s.startTime().resourceTimezone().name()).map();
        }).toList();
        String who = target.instanceName() == null ? target.instanceId() : target.instanceName();
        return new QueryResult(p.name() + ": sessions of " + who + ", " + QueryCaptions.period(from, to)
                + QueryCaptions.filters(options), rows);
    }

    QueryResult sessionLog(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new QueryException("name a session by its sessionId, as sessions(policy, instance) lists them");
        }
        List<SlaSessionLog> log = client.slaSessionLogs(sessionId.trim());
        List<Map<String, Object>> rows = log.stream().map(l -> Row.of("sessionLogName", l.sessionLogName())
                .and("status", l.status())
                .and("startTime", l.startTime() == null ? null : l.startTime().sessionTimestampUtc()).map()).toList();
        return new QueryResult("log of session " + sessionId.trim(), rows);
    }

    /**
     * Every instance of the given policies that missed its SLA over the period, a row per failed
     * session with the first error line of its log; an instance that missed without a failed
     * session in the period (its sessions never ran) gets one row without a session.
     */
    QueryResult missed(List<SlaPolicy> policies, QueryOptions options) {
        Instant from = time.from(options.from());
        Instant to = time.to(options.to());
        QueryCaptions.checkOrder(from, to);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SlaPolicy p : policies) {
            SlaInstances answer = client.slaInstances(p.id(), new SlaInstancesQuery(from, to,
                    List.of(ApiValues.SlaFilterStatus.MISSED), options.backupTypes(), options.scheduleTypes(), null));
            List<SlaInstance> missed = answer.results() == null ? List.of() : answer.results();
            if (missed.isEmpty()) {
                continue;
            }
            for (List<Map<String, Object>> instanceRows : reads.map(missed, i -> missedRows(p, i, from, to, options))) {
                rows.addAll(instanceRows);
            }
        }
        return new QueryResult("instances that missed their SLA, " + QueryCaptions.period(from, to)
                + QueryCaptions.filters(options), rows);
    }

    /** The rows of one instance that missed: one per failed session, or one saying there was none. */
    private List<Map<String, Object>> missedRows(SlaPolicy p, SlaInstance i, Instant from, Instant to, QueryOptions options) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SlaSession s : client.slaSessions(p.id(), i.instanceId(),
                new SlaSessionsQuery(from, to, options.backupTypes(), options.scheduleTypes()))) {
            if (ApiValues.SessionStatus.FAILED.equals(s.status())) {
                String reason = SessionFacts.reasonOf(client.slaSessionLogs(s.sessionId()));
                rows.add(missedRow(p, i, regions, s.startTime() == null ? null
                        : s.startTime().sessionTimestampUtc(), s.status(), reason, s.sessionId()));
            }
        }
        if (rows.isEmpty()) {
            rows.add(missedRow(p, i, regions, null, null, "no failed session in the period", null));
        }
        return rows;
    }

    private static Map<String, Object> missedRow(SlaPolicy p, SlaInstance i, InstanceRegions regions, String start,
            String status, String reason, String sessionId) {
        return Row.of("policy", p.name()).and("instanceName", i.instanceName()).and("region", regions.of(i.instanceId()))
                .and("achievedSlaPercent", i.achievedSlaPercent()).and("sessionStart", start).and("status", status)
                .and("reason", reason).and("instanceId", i.instanceId()).and("sessionId", sessionId).map();
    }
}
