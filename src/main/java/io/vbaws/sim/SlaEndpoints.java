package io.vbaws.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.ApiValues.SlaFilterStatus;
import io.vbaws.api.model.Page;
import io.vbaws.api.model.SlaInstance;
import io.vbaws.api.model.SlaInstances;
import io.vbaws.api.model.SlaSession;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SLA figures of a policy: slaReport, slaResults, slaInstances, slaSessions and
 * slaSessionLogs, all computed by {@link PolicyCompliance} from the same derived sessions.
 */
final class SlaEndpoints {
    private static final String BASE = PolicyEndpoints.BASE;

    private final Appliance appliance;
    private final ObjectMapper json;

    SlaEndpoints(Appliance appliance, ObjectMapper json) {
        this.appliance = appliance;
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", BASE + "/{policyId}/slaReport", Router.Access.READ, this::report);
        router.add("GET", BASE + "/{policyId}/slaResults", Router.Access.READ, this::results);
        router.add("GET", BASE + "/{policyId}/slaInstances", Router.Access.READ, this::instances);
        router.add("GET", BASE + "/{policyId}/slaSessions/{instanceId}", Router.Access.READ, this::sessions);
        router.add("GET", BASE + "/slaSessions/{sessionId}/slaSessionLogs", Router.Access.READ, this::logs);
    }

    private RouteResponse ok(Object body) {
        return RouteResponse.json(json, 200, body);
    }

    private RouteResponse report(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        List<io.vbaws.api.model.SlaReport> reports = Listing.matches(request.query().first("SearchPattern"), policy.name())
                ? List.of(view.compliance(policy).report(view.priority(policy))) : List.of();
        return ok(Listing.page(reports, request.query(), false));
    }

    private RouteResponse results(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        Set<String> statuses = statuses(request.query().all("ec2SlaFilterSessionStatus"), "ec2SlaFilterSessionStatus");
        if (!statuses.isEmpty() && statuses.stream().allMatch(SlaFilterStatus.REMOVED::equals)) {
            // Periods are met or missed; none of them is "removed".
            return ok(Listing.page(List.of(), request.query(), false));
        }
        return ok(Listing.page(view.compliance(policy).periods(kinds(request), schedules(request), statuses), request.query(),
                false));
    }

    private RouteResponse instances(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        QueryParams q = request.query();
        long[] window = window(q);
        String search = q.first("searchPattern");
        List<SlaInstance> rows = view.compliance(policy).instances(kinds(request), schedules(request), window[0], window[1])
                .stream().filter(r -> Listing.matches(search, r.instanceName(), r.instanceId())).toList();
        Set<String> statuses = statuses(q.all("slaComplianceStatus"), "slaComplianceStatus");
        List<SlaInstance> filtered = rows.stream().filter(r -> statuses.isEmpty() || statuses.contains(r.status())).toList();
        Page<SlaInstance> page = Listing.page(filtered, q, false);
        return ok(new SlaInstances(PolicyCompliance.statistics(rows), page.results(), page.totalCount()));
    }

    private RouteResponse sessions(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        String instanceId = request.pathParam("instanceId");
        EstateInstance instance = view.estate().instance(instanceId);
        PolicyCompliance compliance = view.compliance(policy);
        if (instance == null) {
            throw ApiProblem.notFound("no EC2 instance with id " + instanceId);
        }
        long[] window = window(request.query());
        if (!compliance.timeline().membersDuring(compliance.timeline().created(), Long.MAX_VALUE).get(instance.index())) {
            throw ApiProblem.notFound("policy " + policy.name() + " has never protected instance " + instance.name() + " ("
                    + instanceId + ")");
        }
        List<SlaSession> sessions = compliance.sessions(instance, kinds(request), schedules(request), window[0], window[1],
                view.model().sessionIds());
        return ok(Listing.page(sessions, request.query(), false));
    }

    private RouteResponse logs(RoutedRequest request) {
        ApplianceView view = appliance.view();
        String sessionId = request.pathParam("sessionId");
        SessionIds.Session session = view.model().sessionIds().decode(sessionId);
        StoredPolicy policy = session == null || session.policySession() ? null : view.policyBySerial(session.policySerial());
        if (policy == null || session.subject() >= view.estate().instances().size()) {
            throw ApiProblem.notFound("no SLA session with id " + sessionId);
        }
        EstateInstance instance = view.estate().instance(session.subject());
        PolicyCompliance compliance = view.compliance(policy);
        long run = session.epochMinute() * 60;
        if (!compliance.ran(instance, session.kind(), session.schedule(), run)) {
            throw ApiProblem.notFound("no SLA session with id " + sessionId);
        }
        return ok(Listing.page(view.model().logs().slaLog(compliance, instance, session.kind(), session.schedule(), run),
                request.query(), false));
    }

    /** [dateFrom, dateTo) as epoch seconds; both required, from before to. */
    private static long[] window(QueryParams q) {
        Instant from = q.instant("dateFrom", true);
        Instant to = q.instant("dateTo", true);
        if (!from.isBefore(to)) {
            throw ApiProblem.badRequest("dateFrom (" + from + ") must be before dateTo (" + to + ")");
        }
        return new long[] {from.getEpochSecond(), to.getEpochSecond()};
    }

    private static Set<BackupKind> kinds(RoutedRequest request) {
        List<String> values = request.query().all("backupType");
        if (values.isEmpty()) {
            return EnumSet.allOf(BackupKind.class);
        }
        Set<BackupKind> kinds = EnumSet.noneOf(BackupKind.class);
        for (String value : values) {
            BackupKind kind = BackupKind.parse(value);
            if (kind == null) {
                throw ApiProblem.badRequest("backupType must be Snapshot, Replica, Backup or Archive, not '" + value + "'");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static Set<ScheduleKind> schedules(RoutedRequest request) {
        List<String> values = request.query().all("scheduleType");
        if (values.isEmpty()) {
            return EnumSet.allOf(ScheduleKind.class);
        }
        Set<ScheduleKind> schedules = EnumSet.noneOf(ScheduleKind.class);
        for (String value : values) {
            ScheduleKind schedule = ScheduleKind.parse(value);
            if (schedule == null) {
                throw ApiProblem.badRequest("scheduleType must be Daily, Weekly or Monthly, not '" + value + "'");
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    /** The statuses asked for, in their canonical spelling; empty (no filter) for none or All. */
    private static Set<String> statuses(List<String> values, String parameter) {
        Set<String> statuses = new LinkedHashSet<>();
        for (String value : values) {
            String canonical = switch (value.toLowerCase(Locale.ROOT)) {
                case "all" -> SlaFilterStatus.ALL;
                case "metsla" -> SlaFilterStatus.MET;
                case "missedsla" -> SlaFilterStatus.MISSED;
                case "removed" -> SlaFilterStatus.REMOVED;
                default -> throw ApiProblem.badRequest(parameter + " must be All, MetSla, MissedSla or Removed, not '" + value + "'");
            };
            if (canonical.equals(SlaFilterStatus.ALL)) {
                return new LinkedHashSet<>();
            }
            statuses.add(canonical);
        }
        return statuses;
    }
}
