package io.vbaws.query;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.text.NameGlob;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SLA questions in plain Java, the one place the REPL and runbooks ask them: each takes
 * policies and instances by name or ID and returns rows with the API's field names
 * ({@link QueryResult}). Every call reads the appliance afresh, so an answer is never older than
 * the question.
 */
public final class SlaQueries {
    /** The named arguments each query takes. */
    public static final Set<String> PERIOD_ARGUMENTS = Set.of("status", "backupType", "scheduleType");
    public static final Set<String> INSTANCE_ARGUMENTS = Set.of("from", "to", "status", "backupType", "scheduleType",
            "search");
    public static final Set<String> SESSION_ARGUMENTS = Set.of("from", "to", "backupType", "scheduleType");
    public static final Set<String> CHART_ARGUMENTS = Set.of("backupType", "scheduleType");
    public static final Set<String> MACHINE_ARGUMENTS = Set.of("search", "region");
    public static final Set<String> MISSED_ARGUMENTS = Set.of("from", "to", "backupType", "scheduleType", "policy");
    public static final Set<String> UNPROTECTED_ARGUMENTS = Set.of("regions", "region");

    private final ApplianceClient client;
    private final TimeArguments time;
    private final SlaReferences references;
    private final ComplianceQueries compliance;
    private final SessionQueries sessions;
    private final ResourceQueries resources;

    public SlaQueries(ApplianceClient client, TimeArguments time) {
        this.client = client;
        this.time = time;
        this.references = new SlaReferences(client);
        InstanceRegions regions = new InstanceRegions(client);
        this.compliance = new ComplianceQueries(client, time, references, regions);
        this.sessions = new SessionQueries(client, time, references, regions);
        this.resources = new ResourceQueries(client, time, references, regions);
    }

    /** The date reader the queries use (and :help describes). */
    public TimeArguments time() {
        return time;
    }

    /** Every policy: name, enabled, priority, template and target, and compliance per backup type. */
    public QueryResult policies() {
        return compliance.policies();
    }

    /** A policy's slaReport: status and achieved percent per backup type, with the template's target. */
    public QueryResult report(String policy) {
        return compliance.report(policy);
    }

    /** A policy's slaResults: compliance per calculated period, each row with its schedule type. */
    public QueryResult periods(String policy, QueryOptions options) {
        return compliance.periods(policy, options);
    }

    /** A policy's slaInstances over a period (default: the last 7 days), with region and statistics. */
    public QueryResult instances(String policy, QueryOptions options) {
        return compliance.instances(policy, options);
    }

    /** The sessions a policy ran for one instance over a period, with duration and reason. */
    public QueryResult sessions(String policy, String instance, QueryOptions options) {
        return sessions.sessions(policy, instance, options);
    }

    /** The log of one SLA session. */
    public QueryResult sessionLog(String sessionId) {
        return sessions.sessionLog(sessionId);
    }

    /** Every instance that missed its SLA over a period, with its failed sessions and why they failed. */
    public QueryResult missed(List<String> policies, QueryOptions options) {
        return sessions.missed(matching(policies), options);
    }

    /** The resources a policy protects, named from its SLA data where the API gives only IDs. */
    public QueryResult protectedResources(String policy) {
        return resources.protectedResources(policy);
    }

    /** The resources excluded from a policy. */
    public QueryResult excludedItems(String policy) {
        return resources.excludedItems(policy);
    }

    /** The AWS regions a policy covers. */
    public QueryResult regions(String policy) {
        return resources.regions(policy);
    }

    /** A policy's estimated monthly cost per instance (with region), with the totals beside. */
    public QueryResult cost(String policy) {
        return resources.cost(policy);
    }

    /** The EC2 instances the appliance knows, optionally by name pattern and region code. */
    public QueryResult virtualMachines(QueryOptions options) {
        return resources.virtualMachines(options);
    }

    /** The EC2 instances in no policy's scope, in the given regions (all when empty). */
    public QueryResult unprotected(Collection<String> regions) {
        return resources.unprotected(regions);
    }

    /** A policy's compliance per period as a chart with the template's target. */
    public SlaChart chart(String policy, QueryOptions options) {
        return compliance.chart(references.policy(policy), options);
    }

    /** The chart of a policy already read, against templates already read (a report's, read once for all its policies). */
    SlaChart chart(SlaPolicy policy, Map<String, SlaTemplate> templatesById, QueryOptions options) {
        return compliance.chart(policy, templatesById, options);
    }

    /** Every SLA template, by ID. */
    Map<String, SlaTemplate> templatesById() {
        return references.templatesById();
    }

    /** The cost of a policy already read. */
    QueryResult cost(SlaPolicy policy) {
        return resources.cost(policy);
    }

    /** The charts of several policies (names, IDs or globs), to be drawn on one axis. */
    public SlaCharts charts(List<String> policies, QueryOptions options) {
        Map<String, SlaTemplate> templates = references.templatesById();
        return new SlaCharts(matching(policies).stream().map(p -> compliance.chart(p, templates, options)).toList());
    }

    /**
     * The policies each reference names, in appliance order, each once: a glob ({@code prod-*})
     * names every match, anything else one policy by name or ID; no reference names every policy.
     */
    public List<SlaPolicy> matching(List<String> references) {
        List<SlaPolicy> all = client.allPolicies();
        if (references == null || references.isEmpty()) {
            return all;
        }
        Set<SlaPolicy> chosen = new LinkedHashSet<>();
        for (String reference : references) {
            if (reference != null && (reference.contains("*") || reference.contains("?"))) {
                NameGlob glob = new NameGlob(reference);
                all.stream().filter(p -> p.name() != null && glob.matches(p.name())).forEach(chosen::add);
            } else {
                chosen.add(new PolicyLookup().find(reference, all));
            }
        }
        return new ArrayList<>(chosen);
    }
}
