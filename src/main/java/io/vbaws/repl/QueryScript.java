package io.vbaws.repl;

import groovy.lang.Script;
import io.vbaws.query.QueryFunctions;
import io.vbaws.query.QueryResult;
import java.util.List;
import java.util.Map;

/**
 * The base class of every line evaluated at the prompt: the query functions, bound as methods so
 * that {@code instances("prod-web", from: "30d")} reads as it does in the help. Each hands over to
 * {@link QueryFunctions}, which runbooks call too, so a question pasted from the prompt into a
 * runbook gives the same answer.
 */
public abstract class QueryScript extends Script {
    /** The functions, as the help and completion list them. */
    public static final List<String> FUNCTIONS = concat(QueryFunctions.NAMES, List.of("show"));
    /** The functions whose first argument is a policy. */
    public static final List<String> POLICY_FUNCTIONS = QueryFunctions.POLICY_FUNCTIONS;

    private ScriptServices services;

    /** Connects this script to the session before it runs. */
    public void attach(ScriptServices value) {
        this.services = value;
    }

    public QueryResult policies() {
        return functions().policies();
    }

    public QueryResult policies(Object which) {
        return functions().policies(which);
    }

    public QueryResult report(Object policy) {
        return functions().report(policy);
    }

    public QueryResult periods(Object policy) {
        return periods(Map.of(), policy);
    }

    public QueryResult periods(Map<String, Object> options, Object policy) {
        return functions().periods(options, policy);
    }

    public QueryResult instances(Object policy) {
        return instances(Map.of(), policy);
    }

    public QueryResult instances(Map<String, Object> options, Object policy) {
        return functions().instances(options, policy);
    }

    public QueryResult sessions(Object policy, Object instance) {
        return sessions(Map.of(), policy, instance);
    }

    public QueryResult sessions(Map<String, Object> options, Object policy, Object instance) {
        return functions().sessions(options, policy, instance);
    }

    public QueryResult sessionLog(Object session) {
        return functions().sessionLog(session);
    }

    public QueryResult protectedResources(Object policy) {
        return functions().protectedResources(policy);
    }

    public QueryResult excludedItems(Object policy) {
        return functions().excludedItems(policy);
    }

    public QueryResult regions(Object policy) {
        return functions().regions(policy);
    }

    public QueryResult cost(Object policy) {
        return functions().cost(policy);
    }

    /** One policy's chart; a list of policies or a glob draws them all on one axis. */
    public Object chart(Object policies) {
        return chart(Map.of(), policies);
    }

    public Object chart(Map<String, Object> options, Object policies) {
        return functions().chart(options, policies);
    }

    public QueryResult virtualMachines() {
        return virtualMachines(Map.of());
    }

    public QueryResult virtualMachines(Map<String, Object> options) {
        return functions().virtualMachines(options);
    }

    public QueryResult missed() {
        return missed(Map.of());
    }

    public QueryResult missed(Map<String, Object> options) {
        return functions().missed(options);
    }

    public QueryResult unprotected() {
        return unprotected(Map.of());
    }

    public QueryResult unprotected(Map<String, Object> options) {
        return functions().unprotected(options);
    }

    /** Prints a value as a result prints (for saved queries that show more than their last value). */
    public void show(Object value) {
        services().show().accept(value);
    }

    private QueryFunctions functions() {
        return services().functions();
    }

    private ScriptServices services() {
        if (services == null) {
            throw new IllegalStateException("this script is not attached to a REPL session");
        }
        return services;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
