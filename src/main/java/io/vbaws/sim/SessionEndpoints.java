package io.vbaws.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The general session collection: {@code GET /sessions} (filters PolicyId, Status, Types, FromUtc,
 * ToUtc, VmId), {@code GET /sessions/{id}} and {@code GET /sessions/{id}/log}, over the policy
 * sessions of {@link PolicySessions}.
 */
final class SessionEndpoints {
    private final Appliance appliance;
    private final ObjectMapper json;

    SessionEndpoints(Appliance appliance, ObjectMapper json) {
        this.appliance = appliance;
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", HttpFront.API + "/sessions", Router.Access.READ, this::list);
        router.add("GET", HttpFront.API + "/sessions/{sessionId}", Router.Access.READ, this::get);
        router.add("GET", HttpFront.API + "/sessions/{sessionId}/log", Router.Access.READ, this::log);
    }

    private RouteResponse list(RoutedRequest request) {
        ApplianceView view = appliance.view();
        QueryParams q = request.query();
        Set<String> types = new LinkedHashSet<>();
        q.all("Types").forEach(t -> types.add(t.toLowerCase(Locale.ROOT)));
        Set<String> statuses = new LinkedHashSet<>();
        for (String status : q.all("Status")) {
            statuses.add(switch (status.toLowerCase(Locale.ROOT)) {
                case "succeeded", "success" -> PolicySessions.SUCCEEDED;
                case "warning" -> PolicySessions.WARNING;
                case "failed" -> PolicySessions.FAILED;
                case "running", "neverexecuted", "canceled", "cancelled" -> status;
                default -> throw ApiProblem.badRequest("Status must be Succeeded, Warning, Failed, Running, NeverExecuted or Canceled, not '"
                        + status + "'");
            });
        }
        Instant fromUtc = q.instant("FromUtc", false);
        Instant toUtc = q.instant("ToUtc", false);
        long from = fromUtc == null ? Long.MIN_VALUE / 2 : fromUtc.getEpochSecond();
        long to = Math.min(toUtc == null ? Long.MAX_VALUE / 2 : toUtc.getEpochSecond(), view.now().getEpochSecond() + 1);
        String vmId = q.first("VmId");
        EstateInstance instance = vmId == null ? null : view.estate().instance(vmId);
        String policyId = q.first("PolicyId");
        List<Session> sessions = new ArrayList<>();
        boolean policyType = types.isEmpty() || types.contains(PolicySessions.TYPE.toLowerCase(Locale.ROOT));
        if (policyType && (vmId == null || instance != null)) {
            for (StoredPolicy policy : view.state().policies()) {
                if (policyId != null && !policyId.equals(policy.id())) {
                    continue;
                }
                PolicySessions policySessions = view.model().policySessions();
                for (PolicySessions.Run run : policySessions.runs(view.compliance(policy), from, to, instance)) {
                    Session session = policySessions.session(run);
                    if (statuses.isEmpty() || statuses.contains(session.status())) {
                        sessions.add(session);
                    }
                }
            }
        }
        sessions.sort(Comparator.comparing(Session::executionStartTime).reversed().thenComparing(Session::id));
        return RouteResponse.json(json, 200, Listing.page(sessions, q, false));
    }

    private PolicySessions.Run find(ApplianceView view, String id) {
        SessionIds.Session session = view.model().sessionIds().decode(id);
        StoredPolicy policy = session == null || !session.policySession() ? null : view.policyBySerial(session.policySerial());
        PolicySessions.Run run = policy == null ? null
                : view.model().policySessions().find(view.compliance(policy), session, view.now().getEpochSecond());
        if (run == null) {
            throw ApiProblem.notFound("no session with id " + id);
        }
        return run;
    }

    private RouteResponse get(RoutedRequest request) {
        ApplianceView view = appliance.view();
        return RouteResponse.json(json, 200, view.model().policySessions().session(find(view, request.pathParam("sessionId"))));
    }

    private RouteResponse log(RoutedRequest request) {
        ApplianceView view = appliance.view();
        return RouteResponse.json(json, 200, view.model().policySessions().log(find(view, request.pathParam("sessionId"))));
    }
}
