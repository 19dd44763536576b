package io.vbaws.repl;

import groovy.lang.Script;
import java.util.List;
import java.util.Map;

/**
 * The base class of every line evaluated at the prompt: the query functions, bound as methods so
 * that {@code instances("prod-web", from: "30d")} reads as it does in the help. Each function
 * hands over to {@link SlaQueries}; a policy, instance or session may be given by name, by ID, or
 * as a row of an earlier result (its {@code id}, {@code instanceId} or {@code sessionId} is used).
 */
public abstract class QueryScript extends Script {
    /** The functions, as the help and completion list them. */
    public static final List<String> FUNCTIONS = List.of("policies", "report", "periods", "instances", "sessions",
            "sessionLog", "protectedResources", "excludedItems", "regions", "cost", "chart", "virtualMachines", "show");
    /** The functions whose first argument is a policy. */
    public static final List<String> POLICY_FUNCTIONS = List.of("report", "periods", "instances", "sessions",
            "protectedResources", "excludedItems", "regions", "cost", "chart");

    private ScriptServices services;

    /** Connects this script to the session before it runs. */
    public void attach(ScriptServices value) {
        this.services = value;
    }

    public QueryResult policies() {
        return queries().policies();
    }

    public QueryResult report(Object policy) {
        return queries().report(reference(policy));
    }

    public QueryResult periods(Object policy) {
        return periods(Map.of(), policy);
    }

    public QueryResult periods(Map<String, Object> options, Object policy) {
        return queries().periods(reference(policy), QueryOptions.read("periods", options, SlaQueries.PERIOD_ARGUMENTS));
    }

    public QueryResult instances(Object policy) {
        return instances(Map.of(), policy);
    }

    public QueryResult instances(Map<String, Object> options, Object policy) {
        return queries().instances(reference(policy),
                QueryOptions.read("instances", options, SlaQueries.INSTANCE_ARGUMENTS));
    }

    public QueryResult sessions(Object policy, Object instance) {
        return sessions(Map.of(), policy, instance);
    }

    public QueryResult sessions(Map<String, Object> options, Object policy, Object instance) {
        return queries().sessions(reference(policy), reference(instance),
                QueryOptions.read("sessions", options, SlaQueries.SESSION_ARGUMENTS));
    }

    public QueryResult sessionLog(Object session) {
        return queries().sessionLog(reference(session));
    }

    public QueryResult protectedResources(Object policy) {
        return queries().protectedResources(reference(policy));
    }

    public QueryResult excludedItems(Object policy) {
        return queries().excludedItems(reference(policy));
    }

    public QueryResult regions(Object policy) {
        return queries().regions(reference(policy));
    }

    public QueryResult cost(Object policy) {
        return queries().cost(reference(policy));
    }

    public SlaChart chart(Object policy) {
        return chart(Map.of(), policy);
    }

    public SlaChart chart(Map<String, Object> options, Object policy) {
        return queries().chart(reference(policy), QueryOptions.read("chart", options, SlaQueries.CHART_ARGUMENTS));
    }

    public QueryResult virtualMachines() {
        return virtualMachines(Map.of());
    }

    public QueryResult virtualMachines(Map<String, Object> options) {
        return queries().virtualMachines(QueryOptions.read("virtualMachines", options, SlaQueries.MACHINE_ARGUMENTS));
    }

    /** Prints a value as a result prints (for saved queries that show more than their last value). */
    public void show(Object value) {
        services().show().accept(value);
    }

    private SlaQueries queries() {
        return services().queries();
    }

    private ScriptServices services() {
        if (services == null) {
            throw new IllegalStateException("this script is not attached to a REPL session");
        }
        return services;
    }

    /** A name or ID as given, or the ID of a row of an earlier result. */
    static String reference(Object value) {
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
}
