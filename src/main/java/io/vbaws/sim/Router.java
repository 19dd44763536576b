package io.vbaws.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a method and path against path templates such as
 * {@code /api/v1/policy/ec2SlaBasedPolicies/{policyId}}. Literal segments beat parameters, so
 * {@code .../orderPriorities} is not taken for a policy ID. A path that matches with another
 * method is a 405; no match at all is a 404.
 */
final class Router {
    /** What to run for a request. */
    @FunctionalInterface
    interface Endpoint {
        RouteResponse handle(RoutedRequest request);
    }

    /** A route: method, template, how it is authorized, and what runs it. */
    record Route(String method, String template, Access access, Endpoint endpoint) {
    }

    /** Who may call a route. */
    enum Access {
        /** Anyone: the token endpoint. */
        ANONYMOUS,
        /** Any user with a valid token, the read-only viewer included. */
        READ,
        /** Users who may change things: not the viewer. */
        WRITE
    }

    /** The outcome of matching: a route with its parameters, or the template and allowed methods of a near miss. */
    record Match(Route route, String template, Map<String, String> params, Set<String> allowed) {
        boolean found() {
            return route != null;
        }
    }

    private final List<Route> routes = new ArrayList<>();

    void add(String method, String template, Access access, Endpoint endpoint) {
        routes.add(new Route(method, template, access, endpoint));
    }

    Match match(String method, String path) {
        String[] segments = segments(path);
        Route best = null;
        Map<String, String> bestParams = null;
        int bestScore = -1;
        String nearTemplate = null;
        int nearScore = -1;
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            String[] pattern = segments(route.template());
            Map<String, String> params = new LinkedHashMap<>();
            int score = score(pattern, segments, params);
            if (score < 0) {
                continue;
            }
            if (route.method().equals(method)) {
                if (score > bestScore) {
                    best = route;
                    bestParams = params;
                    bestScore = score;
                }
            } else {
                allowed.add(route.method());
                if (score > nearScore) {
                    nearTemplate = route.template();
                    nearScore = score;
                }
            }
        }
        if (best != null) {
            return new Match(best, best.template(), bestParams, Set.of());
        }
        return new Match(null, nearTemplate, Map.of(), allowed);
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    /** How many literal segments match, or -1 when the path does not fit the template. */
    private static int score(String[] pattern, String[] segments, Map<String, String> params) {
        if (pattern.length != segments.length) {
            return -1;
        }
        int literal = 0;
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{") && pattern[i].endsWith("}")) {
                if (segments[i].isEmpty()) {
                    return -1;
                }
                params.put(pattern[i].substring(1, pattern[i].length() - 1), segments[i]);
            } else if (pattern[i].equals(segments[i])) {
                literal++;
            } else {
                return -1;
            }
        }
        return literal;
    }
}
