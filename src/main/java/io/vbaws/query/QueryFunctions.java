package io.vbaws.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query functions as a script calls them, the same at the prompt and in a runbook: named
 * arguments as a map ({@code instances("prod-web", from: "30d")}), and a policy, instance or
 * session given by name, by ID, or as a row of an earlier result (its {@code id},
 * {@code instanceId} or {@code sessionId} is used).
 */
public final class QueryFunctions {
    /** The functions, as the help and completion list them. */
    public static final List<String> NAMES = List.of("policies", "report", "periods", "instances", "sessions",
            "sessionLog", "protectedResources", "excludedItems", "regions", "cost", "chart", "virtualMachines",
            "missed", "unprotected");
    /** The functions whose first argument is a policy. */
    public static final List<String> POLICY_FUNCTIONS = List.of("report", "periods", "instances", "sessions",
            "protectedResources", "excludedItems", "regions", "cost", "chart");

    private final SlaQueries queries;

    public QueryFunctions(SlaQueries queries) {
        this.queries = queries;
    }

    /** The queries beneath these functions. */
    public SlaQueries queries() {
        return queries;
    }

    public QueryResult policies() {
        return queries.policies();
    }

    /**
     * The rows of {@link #policies()} for the policies {@code which} names: a name, an ID, a glob
     * ({@code fin*}), a row, or a list of them. A name that is no policy's says the closest ones; a
     * glob that matches none says so.
     */
    public QueryResult policies(Object which) {
        List<String> named = references(which);
        if (named.isEmpty()) {
            return policies();
        }
        Set<String> ids = new HashSet<>();
        queries.matching(named).forEach(p -> ids.add(p.id()));
        QueryResult all = queries.policies();
        List<Map<String, Object>> rows = all.stream().filter(row -> ids.contains(row.get("id"))).toList();
        if (rows.isEmpty()) {
            throw new QueryException("no policy matches " + String.join(", ", named) + "; policies() lists every one");
        }
        return new QueryResult(rows.size() + " of " + all.size() + " SLA-based policies (" + String.join(", ", named) + ")", rows);
    }

    public QueryResult report(Object policy) {
        return queries.report(policy("report", policy));
    }

    public QueryResult periods(Map<String, ?> options, Object policy) {
        return queries.periods(policy("periods", policy), QueryOptions.read("periods", options, SlaQueries.PERIOD_ARGUMENTS));
    }

    public QueryResult instances(Map<String, ?> options, Object policy) {
        return queries.instances(policy("instances", policy),
                QueryOptions.read("instances", options, SlaQueries.INSTANCE_ARGUMENTS));
    }

    public QueryResult sessions(Map<String, ?> options, Object policy, Object instance) {
        return queries.sessions(reference(policy), reference(instance),
                QueryOptions.read("sessions", options, SlaQueries.SESSION_ARGUMENTS));
    }

    public QueryResult sessionLog(Object session) {
        return queries.sessionLog(reference(session));
    }

    public QueryResult protectedResources(Object policy) {
        return queries.protectedResources(policy("protectedResources", policy));
    }

    public QueryResult excludedItems(Object policy) {
        return queries.excludedItems(policy("excludedItems", policy));
    }

    public QueryResult regions(Object policy) {
        return queries.regions(policy("regions", policy));
    }

    public QueryResult cost(Object policy) {
        return queries.cost(policy("cost", policy));
    }

    public QueryResult virtualMachines(Map<String, ?> options) {
        return queries.virtualMachines(QueryOptions.read("virtualMachines", options, SlaQueries.MACHINE_ARGUMENTS));
    }

    /**
     * {@code missed(from: "7d")}: every instance that missed its SLA, with its failed sessions and
     * the reason of each; {@code policy:} narrows to names or globs.
     */
    public QueryResult missed(Map<String, ?> options) {
        QueryOptions read = QueryOptions.read("missed", options, SlaQueries.MISSED_ARGUMENTS);
        return queries.missed(references(options == null ? null : options.get("policy")), read);
    }

    /** {@code unprotected(regions: ["us-east-1"])}: the instances no policy's scope takes in. */
    public QueryResult unprotected(Map<String, ?> options) {
        QueryOptions.read("unprotected", options, SlaQueries.UNPROTECTED_ARGUMENTS);
        List<String> regions = new ArrayList<>();
        if (options != null) {
            regions.addAll(references(options.get("regions")));
            regions.addAll(references(options.get("region")));
        }
        return queries.unprotected(regions);
    }

    /**
     * One policy's chart, or, for a list of policies or a glob, their charts on one common axis
     * ({@link SlaCharts}).
     */
    public Object chart(Map<String, ?> options, Object policies) {
        QueryOptions read = QueryOptions.read("chart", options, SlaQueries.CHART_ARGUMENTS);
        List<String> named = references(policies);
        if (named.size() == 1 && !named.get(0).contains("*") && !named.get(0).contains("?")) {
            return queries.chart(named.get(0), read);
        }
        return queries.charts(named, read);
    }

    /** The policy {@code function} was given, which it cannot do without: an error naming that function when none. */
    private static String policy(String function, Object policy) {
        String named = reference(policy);
        if (named == null || named.isBlank()) {
            throw new QueryException("name a policy, e.g. " + function + "(\"legacy-nightly\")");
        }
        return named;
    }

    /** A name or ID as given, or the ID of a row of an earlier result. */
    public static String reference(Object value) {
        if (value instanceof Map<?, ?> row) {
            for (String key : new String[] {"id", "instanceId", "sessionId", "name", "instanceName"}) {
                Object v = row.get(key);
                if (v != null) {
                    return v.toString();
                }
            }
            throw new QueryException("this row has no id, instanceId, sessionId or name to name it by");
        }
        return value == null ? null : value.toString();
    }

    /** One reference or a collection of them (rows, names, globs) as a list of names; null as none. */
    public static List<String> references(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> out.add(reference(v)));
        } else if (value != null) {
            out.add(reference(value));
        }
        return out;
    }
}
