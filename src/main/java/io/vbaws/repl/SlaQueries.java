package io.vbaws.repl;

import io.vbaws.text.NameSuggestions;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.ApiException;
import io.vbaws.api.SlaInstancesQuery;
import io.vbaws.api.SlaResultsQuery;
import io.vbaws.api.SlaSessionsQuery;
import io.vbaws.api.VirtualMachineQuery;
import io.vbaws.api.model.CostEstimate;
import io.vbaws.api.model.DeletedItem;
import io.vbaws.api.model.ExcludedItem;
import io.vbaws.api.model.InstanceCost;
import io.vbaws.api.model.Link;
import io.vbaws.api.model.ProtectedResource;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.SlaComplianceFigure;
import io.vbaws.api.model.SlaInstance;
import io.vbaws.api.model.SlaInstances;
import io.vbaws.api.model.SlaPeriodResult;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaReport;
import io.vbaws.api.model.SlaSession;
import io.vbaws.api.model.SlaSessionLog;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.api.model.ApiValues;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The REPL's queries over the appliance's SLA data, in plain Java: each takes policies and
 * instances by name or ID and returns rows with the API's field names ({@link QueryResult}).
 * Every call reads the appliance afresh, so an answer is never older than the question.
 */
public final class SlaQueries {
    /** The named arguments each query takes. */
    public static final Set<String> PERIOD_ARGUMENTS = Set.of("status", "backupType", "scheduleType");
    public static final Set<String> INSTANCE_ARGUMENTS = Set.of("from", "to", "status", "backupType", "scheduleType",
            "search");
    public static final Set<String> SESSION_ARGUMENTS = Set.of("from", "to", "backupType", "scheduleType");
    public static final Set<String> CHART_ARGUMENTS = Set.of("backupType", "scheduleType");
    public static final Set<String> MACHINE_ARGUMENTS = Set.of("search", "region");

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final java.time.Duration NAME_LOOKUP = java.time.Duration.ofDays(30);
    private static final String[] BACKUP_TYPES = {
        ApiValues.SlaBackupType.SNAPSHOT, ApiValues.SlaBackupType.REPLICA, ApiValues.SlaBackupType.BACKUP,
        ApiValues.SlaBackupType.ARCHIVE,
    };

    private final ApplianceClient client;
    private final TimeArguments time;
    private final PolicyLookup policyLookup = new PolicyLookup();
    private final NameSuggestions closest = new NameSuggestions(3);

    public SlaQueries(ApplianceClient client, TimeArguments time) {
        this.client = client;
        this.time = time;
    }

    /** The date reader the queries use (and :help describes). */
    public TimeArguments time() {
        return time;
    }

    /** Every policy: name, enabled, priority, template and target, and compliance per backup type. */
    public QueryResult policies() {
        List<SlaPolicy> policies = new ArrayList<>(client.allPolicies());
        policies.sort(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                .thenComparing(p -> p.name() == null ? "" : p.name()));
        Map<String, SlaTemplate> templates = templatesById();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SlaPolicy p : policies) {
            SlaTemplate t = templates.get(p.slaTemplateId());
            SlaReport r = reportOf(p);
            rows.add(QueryResult.row("name", p.name(), "isEnabled", p.isEnabled(), "priority", p.priority(),
                    "slaTemplate", t == null ? p.slaTemplateId() : t.name(), "targetSla", t == null ? null : t.targetSla(),
                    "snapshotSla", percent(r == null ? null : r.snapshotSlaReport()),
                    "replicaSla", percent(r == null ? null : r.replicaSlaReport()),
                    "backupSla", percent(r == null ? null : r.backupSlaReport()),
                    "archiveSla", percent(r == null ? null : r.archiveSlaReport()),
                    "id", p.id()));
        }
        return new QueryResult(rows.size() + " SLA-based " + (rows.size() == 1 ? "policy" : "policies"), rows);
    }

    /** A policy's slaReport: status and achieved percent per backup type, with the template's target. */
    public QueryResult report(String policy) {
        SlaPolicy p = policy(policy);
        SlaTemplate t = templatesById().get(p.slaTemplateId());
        SlaReport r = reportOf(p);
        List<Map<String, Object>> rows = new ArrayList<>();
        SlaComplianceFigure[] figures = r == null ? new SlaComplianceFigure[4]
                : new SlaComplianceFigure[] {r.snapshotSlaReport(), r.replicaSlaReport(), r.backupSlaReport(),
                    r.archiveSlaReport()};
        for (int i = 0; i < BACKUP_TYPES.length; i++) {
            SlaComplianceFigure f = figures[i];
            rows.add(QueryResult.row("backupType", BACKUP_TYPES[i], "status", f == null ? null : f.status(),
                    "achievedSlaPercent", f == null ? null : f.achievedSlaPercent(),
                    "targetSla", t == null ? null : t.targetSla()));
        }
        return new QueryResult(p.name() + ": SLA compliance per backup type" + templateNote(t), rows);
    }

    /** A policy's slaResults: compliance per calculated period. */
    public QueryResult periods(String policy, QueryOptions options) {
        SlaPolicy p = policy(policy);
        List<SlaPeriodResult> results = client.slaResults(p.id(),
                new SlaResultsQuery(options.statuses(), options.backupTypes(), options.scheduleTypes()));
        List<Map<String, Object>> rows = results.stream().map(r -> QueryResult.row("from", r.from(), "to", r.to(),
                "achievedSlaPercent", r.achievedSlaPercent(), "processedObjects", r.processedObjects(),
                "status", r.status())).toList();
        return new QueryResult(p.name() + ": SLA results per period" + filters(options), rows);
    }

    /** A policy's slaInstances over a period (default: the last 7 days), with the statistics beside them. */
    public QueryResult instances(String policy, QueryOptions options) {
        SlaPolicy p = policy(policy);
        Instant from = time.from(options.from());
        Instant to = time.to(options.to());
        checkOrder(from, to);
        SlaInstances answer = client.slaInstances(p.id(), new SlaInstancesQuery(from, to, options.statuses(),
                options.backupTypes(), options.scheduleTypes(), options.search()));
        List<Map<String, Object>> rows = answer.results() == null ? List.of() : answer.results().stream()
                .map(i -> QueryResult.row("instanceName", i.instanceName(), "status", i.status(),
                        "achievedSlaPercent", i.achievedSlaPercent(), "planned", i.planned(),
                        "successful", i.successful(), "missed", i.missed(), "instanceId", i.instanceId()))
                .toList();
        Map<String, Object> statistics = new LinkedHashMap<>();
        if (answer.statistics() != null) {
            statistics.put("metTargetSla", answer.statistics().metTargetSla());
            statistics.put("missedTargetSla", answer.statistics().missedTargetSla());
            statistics.put("removed", answer.statistics().removed());
        }
        return new QueryResult(p.name() + ": SLA compliance per instance, " + period(from, to) + filters(options),
                rows, "statistics", statistics);
    }

    /** The sessions a policy ran for one instance over a period (default: the last 7 days). */
    public QueryResult sessions(String policy, String instance, QueryOptions options) {
        SlaPolicy p = policy(policy);
        Instant from = time.from(options.from());
        Instant to = time.to(options.to());
        checkOrder(from, to);
        SlaInstance target = instance(p, instance, from, to);
        List<SlaSession> sessions = client.slaSessions(p.id(), target.instanceId(),
                new SlaSessionsQuery(from, to, options.backupTypes(), options.scheduleTypes()));
        List<Map<String, Object>> rows = sessions.stream().map(s -> QueryResult.row("sessionId", s.sessionId(),
                "status", s.status(),
                "startTime", s.startTime() == null ? null : s.startTime().sessionTimestampUtc(),
                "resourceTimezone", s.startTime() == null || s.startTime().resourceTimezone() == null ? null
                        : s.startTime().resourceTimezone().name())).toList();
        return new QueryResult(p.name() + ": sessions of " + display(target) + ", " + period(from, to)
                + filters(options), rows);
    }

    /** The log of one SLA session. */
    public QueryResult sessionLog(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new QueryException("name a session by its sessionId, as sessions(policy, instance) lists them");
        }
        List<SlaSessionLog> log = client.slaSessionLogs(sessionId.trim());
        List<Map<String, Object>> rows = log.stream().map(l -> QueryResult.row("sessionLogName", l.sessionLogName(),
                "status", l.status(), "startTime", l.startTime() == null ? null : l.startTime().sessionTimestampUtc()))
                .toList();
        return new QueryResult("log of session " + sessionId.trim(), rows);
    }

    /** The resources a policy protects, named from its SLA data where the API gives only IDs. */
    public QueryResult protectedResources(String policy) {
        SlaPolicy p = policy(policy);
        List<ProtectedResource> resources = client.protectedResources(p.id());
        Map<String, String> names = new HashMap<>();
        if (!resources.isEmpty()) {
            SlaInstances recent = client.slaInstances(p.id(), SlaInstancesQuery.between(time.from(null), time.now()));
            if (recent.results() != null) {
                recent.results().forEach(i -> names.put(i.instanceId(), i.instanceName()));
            }
        }
        List<Map<String, Object>> rows = resources.stream().map(r -> {
            DeletedItem d = r.deletedItem();
            String name = d != null && d.name() != null ? d.name() : names.get(r.id());
            return QueryResult.row("name", name, "awsResourceId", r.awsResourceId(), "type", resourceType(r),
                    "isDeleted", d != null, "id", r.id());
        }).toList();
        return new QueryResult(p.name() + ": protected resources", rows);
    }

    /** The resources excluded from a policy. */
    public QueryResult excludedItems(String policy) {
        SlaPolicy p = policy(policy);
        List<Map<String, Object>> rows = client.excludedItems(p.id()).stream().map(e -> {
            Link link = firstLink(e);
            DeletedItem d = e.deletedItem();
            return QueryResult.row("name", e.name() != null ? e.name() : d == null ? null : d.name(),
                    "type", excludedType(e), "isDeleted", d != null,
                    "id", d != null ? d.id() : link == null ? null : lastSegment(link.href()));
        }).toList();
        return new QueryResult(p.name() + ": excluded items", rows);
    }

    /** The AWS regions a policy covers. */
    public QueryResult regions(String policy) {
        SlaPolicy p = policy(policy);
        List<Map<String, Object>> rows = client.policyRegions(p.id()).stream().map(r -> QueryResult.row("name",
                r.name(), "optInStatus", r.optInStatus(), "id", r.id())).toList();
        return new QueryResult(p.name() + ": regions", rows);
    }

    /** A policy's estimated monthly cost per instance, with the totals beside. */
    public QueryResult cost(String policy) {
        SlaPolicy p = policy(policy);
        CostEstimate c = client.policyCost(p.id());
        List<InstanceCost> perInstance = c == null || c.instancesCosts() == null ? List.of() : c.instancesCosts();
        List<Map<String, Object>> rows = perInstance.stream().map(i -> QueryResult.row("instanceName",
                i.instanceName(), "snapshotCost", i.snapshotCost(), "replicaCost", i.replicaCost(),
                "backupCost", i.backupCost(), "backupCopyCost", i.backupCopyCost(), "trafficCost", i.trafficCost(),
                "transactionCost", i.transactionCost(), "totalCost", i.totalCost(), "instanceId", i.instanceId()))
                .toList();
        Map<String, Object> totals = new LinkedHashMap<>();
        if (c != null) {
            totals.put("totalSnapshotCost", c.totalSnapshotCost());
            totals.put("totalReplicaCost", c.totalReplicaCost());
            totals.put("totalBackupCost", c.totalBackupCost());
            totals.put("totalBackupCopyCost", c.totalBackupCopyCost());
            totals.put("totalTrafficCost", c.totalTrafficCost());
            totals.put("totalTransactionCost", c.totalTransactionCost());
            totals.put("totalCost", c.totalCost());
        }
        return new QueryResult(p.name() + ": estimated monthly cost", rows, "totals", totals);
    }

    /**
     * A policy's compliance per period as a chart with the template's target. Without a schedule
     * type the daily periods are drawn, as in the appliance's SLA overview.
     */
    public SlaChart chart(String policy, QueryOptions options) {
        SlaPolicy p = policy(policy);
        SlaTemplate t = templatesById().get(p.slaTemplateId());
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

    /** The EC2 instances the appliance knows, optionally by name pattern and region code. */
    public QueryResult virtualMachines(QueryOptions options) {
        String regionId = null;
        if (options.region() != null) {
            List<Region> regions = client.regions();
            Region r = regions.stream().filter(x -> options.region().equalsIgnoreCase(x.name())
                    || options.region().equalsIgnoreCase(x.id())).findFirst().orElse(null);
            if (r == null) {
                List<String> near = closest.closest(options.region(), regions.stream().map(Region::name).toList());
                throw new QueryException("no region '" + options.region() + "'"
                        + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near)));
            }
            regionId = r.id();
        }
        List<VirtualMachine> vms = client.virtualMachines(new VirtualMachineQuery(regionId, null, null,
                options.search()));
        List<Map<String, Object>> rows = vms.stream().map(v -> QueryResult.row("name", v.name(),
                "awsResourceId", v.awsResourceId(), "region", v.region() == null ? null : v.region().name(),
                "instanceType", v.instanceType(), "policiesCount", v.policiesCount(), "backupState", v.backupState(),
                "isDeleted", v.isDeleted(), "id", v.id())).toList();
        return new QueryResult(rows.size() + " EC2 instances", rows);
    }

    // ---- names ---------------------------------------------------------------------------------

    private SlaPolicy policy(String reference) {
        return policyLookup.find(reference, client.allPolicies());
    }

    /**
     * The instance {@code reference} names within a policy: its appliance ID, its AWS ID (i-...),
     * or its name among the instances with SLA data in the period.
     */
    private SlaInstance instance(SlaPolicy p, String reference, Instant from, Instant to) {
        if (reference == null || reference.isBlank()) {
            throw new QueryException("name an instance of " + p.name() + ", by name or ID; instances(\"" + p.name()
                    + "\") lists them");
        }
        String ref = reference.trim();
        if (UUID.matcher(ref).matches()) {
            return new SlaInstance(ref, null, null, null, null, null, null);
        }
        if (ref.startsWith("i-")) {
            for (ProtectedResource r : client.protectedResources(p.id())) {
                if (ref.equalsIgnoreCase(r.awsResourceId())) {
                    return new SlaInstance(r.id(), ref, null, null, null, null, null);
                }
            }
            throw new QueryException("policy " + p.name() + " protects no instance " + ref);
        }
        // Look names up over at least a month: a short period may hold no SLA data for an instance that exists.
        Instant lookupFrom = from.isBefore(to.minus(NAME_LOOKUP)) ? from : to.minus(NAME_LOOKUP);
        SlaInstances answer = client.slaInstances(p.id(), SlaInstancesQuery.between(lookupFrom, to));
        List<SlaInstance> all = answer.results() == null ? List.of() : answer.results();
        List<SlaInstance> named = all.stream().filter(i -> ref.equals(i.instanceName())).toList();
        if (named.isEmpty()) {
            named = all.stream().filter(i -> i.instanceName() != null && i.instanceName().equalsIgnoreCase(ref))
                    .toList();
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new QueryException("instance name '" + ref + "' is ambiguous in policy " + p.name() + ": "
                    + named.stream().map(this::describeCandidate).collect(Collectors.joining(", "))
                    + "; name it by its ID");
        }
        List<String> near = closest.closest(ref, all.stream().map(SlaInstance::instanceName).toList());
        throw new QueryException("policy " + p.name() + " has no instance '" + ref + "' with SLA data "
                + period(lookupFrom, to) + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near)));
    }

    /** An ambiguous instance, told apart by its AWS ID and region where the appliance says. */
    private String describeCandidate(SlaInstance i) {
        String where = "";
        try {
            VirtualMachine vm = client.virtualMachine(i.instanceId());
            if (vm != null) {
                where = " (" + vm.awsResourceId() + (vm.region() == null ? "" : ", " + vm.region().name()) + ")";
            }
        } catch (ApiException e) {
            // The ID alone still tells the candidates apart; the region is a courtesy.
        }
        return i.instanceName() + where + " id " + i.instanceId();
    }

    private static String display(SlaInstance i) {
        return i.instanceName() == null ? i.instanceId() : i.instanceName();
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private Map<String, SlaTemplate> templatesById() {
        Map<String, SlaTemplate> byId = new HashMap<>();
        client.slaTemplates().forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    /** The slaReport row of this policy (the endpoint answers a collection). */
    private SlaReport reportOf(SlaPolicy p) {
        List<SlaReport> rows = client.slaReport(p.id());
        return rows.stream().filter(r -> p.id().equals(r.id())).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0));
    }

    /** The achieved percent, or null when the appliance has not calculated this type (so no average is misled). */
    private static Double percent(SlaComplianceFigure f) {
        if (f == null || ApiValues.SlaStatus.NOT_CALCULATED.equals(f.status())) {
            return null;
        }
        return f.achievedSlaPercent();
    }

    private static String templateNote(SlaTemplate t) {
        return t == null ? "" : " (template " + t.name()
                + (t.targetSla() == null ? "" : String.format(Locale.ROOT, ", target %.1f%%", t.targetSla())) + ")";
    }

    private static String filters(QueryOptions o) {
        List<String> parts = new ArrayList<>();
        if (!o.statuses().isEmpty()) {
            parts.add("status " + String.join("/", o.statuses()));
        }
        if (!o.backupTypes().isEmpty()) {
            parts.add("backupType " + String.join("/", o.backupTypes()));
        }
        if (!o.scheduleTypes().isEmpty()) {
            parts.add("scheduleType " + String.join("/", o.scheduleTypes()));
        }
        if (o.search() != null) {
            parts.add("search '" + o.search() + "'");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String period(Instant from, Instant to) {
        return DateTimeFormatter.ISO_INSTANT.format(from) + " to " + DateTimeFormatter.ISO_INSTANT.format(to);
    }

    private static void checkOrder(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new QueryException("from: " + DateTimeFormatter.ISO_INSTANT.format(from) + " is after to: "
                    + DateTimeFormatter.ISO_INSTANT.format(to));
        }
    }

    private static String resourceType(ProtectedResource r) {
        if (r.virtualMachine() != null) {
            return ApiValues.ItemType.VIRTUAL_MACHINE;
        }
        if (r.rds() != null) {
            return "Rds";
        }
        if (r.efs() != null) {
            return "Efs";
        }
        if (r.dynamoDb() != null) {
            return "DynamoDb";
        }
        return r.deletedItem() == null ? null : r.deletedItem().type();
    }

    private static String excludedType(ExcludedItem e) {
        if (e.tag() != null) {
            return "Tag";
        }
        if (e.virtualMachine() != null) {
            return ApiValues.ItemType.VIRTUAL_MACHINE;
        }
        if (e.rds() != null) {
            return "Rds";
        }
        if (e.efs() != null) {
            return "Efs";
        }
        if (e.dynamoDb() != null) {
            return "DynamoDb";
        }
        if (e.fsx() != null) {
            return "Fsx";
        }
        if (e.redshift() != null || e.redshiftServerless() != null) {
            return "Redshift";
        }
        return e.deletedItem() == null ? null : e.deletedItem().type();
    }

    private static Link firstLink(ExcludedItem e) {
        for (Link l : new Link[] {e.tag(), e.virtualMachine(), e.rds(), e.efs(), e.dynamoDb(), e.fsx(), e.redshift(),
            e.redshiftServerless()}) {
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    private static String lastSegment(String href) {
        if (href == null) {
            return null;
        }
        String h = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
        return h.substring(h.lastIndexOf('/') + 1);
    }
}
