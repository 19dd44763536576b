package io.vbaws.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vbaws.api.model.ApiJson;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test and demo controls outside {@code /api}, with no token and no API version:
 * {@code GET|DELETE /sim/stats}, {@code GET /sim/requests} (the timeline), {@code GET /sim/clock}, {@code POST /sim/advance?days=N} (also
 * hours, minutes), and {@code GET|POST|DELETE /sim/faults}. POST /sim/faults takes
 * {@code {"clear": true, "spec": "error503=0.1", "rules": [{"method": "POST", "path":
 * "/policy/ec2SlaBasedPolicies", "times": 1, "action": "LOSE_ANSWER"}]}}, every field optional.
 */
final class ControlEndpoints {
    /** The body of POST /sim/faults. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FaultsBody(Boolean clear, String spec, List<FaultRule> rules) {
    }

    private final SimClock clock;
    private final FaultInjector faults;
    private final RequestStats stats;
    private final ObjectMapper json;
    private final ObjectMapper lenient = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();

    ControlEndpoints(SimClock clock, FaultInjector faults, RequestStats stats) {
        this.clock = clock;
        this.faults = faults;
        this.stats = stats;
        this.json = ApiJson.newMapper();
    }

    void register(Router router) {
        router.add("GET", "/sim/stats", Router.Access.ANONYMOUS, r -> statsBody());
        router.add("DELETE", "/sim/stats", Router.Access.ANONYMOUS, r -> {
            stats.reset();
            return RouteResponse.empty(204);
        });
        router.add("GET", "/sim/requests", Router.Access.ANONYMOUS, r -> ok(Map.of("requests", stats.timeline())));
        router.add("GET", "/sim/clock", Router.Access.ANONYMOUS, r -> ok(Map.of("now", clock.now().toString())));
        router.add("POST", "/sim/advance", Router.Access.ANONYMOUS, this::advance);
        router.add("GET", "/sim/faults", Router.Access.ANONYMOUS, r -> faultsBody());
        router.add("POST", "/sim/faults", Router.Access.ANONYMOUS, this::configureFaults);
        router.add("DELETE", "/sim/faults", Router.Access.ANONYMOUS, r -> {
            faults.clear();
            return RouteResponse.empty(204);
        });
    }

    private RouteResponse ok(Object body) {
        return RouteResponse.json(json, 200, body);
    }

    private RouteResponse statsBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", stats.total());
        body.put("requests", stats.snapshot());
        return ok(body);
    }

    private RouteResponse advance(RoutedRequest request) {
        Integer days = request.query().integer("days");
        Integer hours = request.query().integer("hours");
        Integer minutes = request.query().integer("minutes");
        if (days == null && hours == null && minutes == null) {
            throw ApiProblem.badRequest("say how far to advance the clock: days=N, hours=N or minutes=N");
        }
        Duration by = Duration.ofDays(days == null ? 0 : days).plusHours(hours == null ? 0 : hours)
                .plusMinutes(minutes == null ? 0 : minutes);
        if (by.isNegative()) {
            throw ApiProblem.badRequest("the appliance's clock only moves forward");
        }
        Instant from = clock.now();
        Instant now = clock.advance(by);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from.toString());
        body.put("now", now.toString());
        return ok(body);
    }

    private RouteResponse faultsBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spec", faults.specText());
        body.put("rules", faults.pendingRules());
        return ok(body);
    }

    private RouteResponse configureFaults(RoutedRequest request) {
        FaultsBody body = request.json(lenient, FaultsBody.class);
        try {
            if (Boolean.TRUE.equals(body.clear())) {
                faults.clear();
            }
            if (body.spec() != null) {
                faults.configure(body.spec());
            }
            if (body.rules() != null) {
                body.rules().forEach(faults::add);
            }
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        return faultsBody();
    }
}
