package io.vbaws.runbook;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.apply.DeclarationPlanner;
import io.vbaws.dsl.PolicyScriptWriter;
import io.vbaws.inventory.InventoryLoader;
import io.vbaws.inventory.InventoryNeeds;
import io.vbaws.plan.PlanOptions;
import io.vbaws.query.ComplianceReport;
import io.vbaws.query.ComplianceReports;
import io.vbaws.query.QueryFunctions;
import io.vbaws.query.QueryResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The facade a runbook reaches as {@code vbaws}: policies to read and switch, the SLA questions of
 * the REPL (the same functions, arguments and answers), plan and apply of policy scripts, waiting,
 * and the report writers. It holds no HTTP of its own and never hands out the password or token;
 * every write goes through {@code apply}, usn-guarded, or in a dry run is only shown.
 */
public final class Vbaws {
    private final ApplianceClient client;
    private final QueryFunctions queries;
    private final PolicyWrites writes;
    private final WriteLedger ledger;
    private final PolicyState state;
    private final RunControl control;
    private final RunbookEnvironment environment;
    private final RunLog log;
    private final boolean dryRun;
    private final java.time.Clock clock;

    public Vbaws(ApplianceClient client, java.time.Clock clock, boolean dryRun, RunLog log, RunControl control,
            RunbookEnvironment environment) {
        this(client, clock, dryRun, log, control, environment, new WriteLedger());
    }

    private Vbaws(ApplianceClient client, java.time.Clock clock, boolean dryRun, RunLog log, RunControl control,
            RunbookEnvironment environment, WriteLedger ledger) {
        this(client, new QueryFunctions(new io.vbaws.query.SlaQueries(client, new io.vbaws.query.TimeArguments(clock))),
                clock, dryRun, log, control, environment, ledger);
    }

    private Vbaws(ApplianceClient client, QueryFunctions queries, java.time.Clock clock, boolean dryRun, RunLog log,
            RunControl control, RunbookEnvironment environment, WriteLedger ledger) {
        this.clock = clock;
        this.dryRun = dryRun;
        this.client = client;
        this.queries = queries;
        this.ledger = ledger;
        this.writes = new PolicyWrites(client, dryRun, log, ledger);
        this.state = new PolicyState(client, dryRun);
        this.control = control;
        this.environment = environment;
        this.log = log;
    }

    // ---- policies ----------------------------------------------------------------------------------

    /** Every policy, in priority order. */
    public List<RunbookPolicy> policies() {
        return policies(Map.of());
    }

    /** The policies whose names match a glob ({@code prod-*}) or equal a name. */
    public List<RunbookPolicy> policies(String glob) {
        return policies(Map.of("name", glob));
    }

    /**
     * The policies matching every filter given: {@code name:} (a glob or a list of them),
     * {@code region:} (a region code the policy covers), {@code enabled:} (true or false).
     */
    public List<RunbookPolicy> policies(Map<String, ?> filter) {
        for (String key : filter.keySet()) {
            if (!List.of("name", "region", "enabled").contains(key)) {
                throw new RunbookException("policies() takes name:, region: and enabled:, not " + key + ":");
            }
        }
        List<SlaPolicy> chosen = new ArrayList<>(queries.queries().matching(QueryFunctions.references(filter.get("name"))));
        chosen.sort(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                .thenComparing(p -> p.name() == null ? "" : p.name()));
        Object region = filter.get("region");
        Object enabled = filter.get("enabled");
        List<RunbookPolicy> out = new ArrayList<>();
        for (SlaPolicy p : chosen) {
            if (region != null && client.policyRegions(p.id()).stream()
                    .noneMatch(r -> region.toString().equalsIgnoreCase(r.name()) || region.toString().equals(r.id()))) {
                continue;
            }
            RunbookPolicy policy = new RunbookPolicy(p, queries, writes, state);
            if (enabled == null || Boolean.valueOf(enabled.toString()) == policy.isEnabled()) {
                out.add(policy);
            }
        }
        return out;
    }

    /** The one policy of this name or ID. */
    public RunbookPolicy policy(String name) {
        return new RunbookPolicy(queries.queries().matching(List.of(name)).get(0), queries, writes, state);
    }

    // ---- other appliances -------------------------------------------------------------------------

    /** The profiles of {@code $VBAWS_HOME/config}, for a check over a fleet of appliances. */
    public List<String> profileNames() {
        return environment.profileNames();
    }

    /** The facade over the appliance of another profile, with this run's log, dry run, stop and writes. */
    public Vbaws profile(String name) {
        return new Vbaws(environment.connect(name), clock, dryRun, log, control, environment, ledger);
    }

    // ---- the REPL's questions ----------------------------------------------------------------------

    public QueryResult report(Object policy) {
        return queries.report(policy);
    }

    public QueryResult periods(Map<String, ?> options, Object policy) {
        return queries.periods(options, policy);
    }

    public QueryResult periods(Object policy) {
        return periods(Map.of(), policy);
    }

    public QueryResult instances(Map<String, ?> options, Object policy) {
        return queries.instances(options, policy);
    }

    public QueryResult instances(Object policy) {
        return instances(Map.of(), policy);
    }

    public QueryResult sessions(Map<String, ?> options, Object policy, Object instance) {
        return queries.sessions(options, policy, instance);
    }

    public QueryResult sessions(Object policy, Object instance) {
        return sessions(Map.of(), policy, instance);
    }

    public QueryResult sessionLog(Object session) {
        return queries.sessionLog(session);
    }

    public QueryResult protectedResources(Object policy) {
        return queries.protectedResources(policy);
    }

    public QueryResult excludedItems(Object policy) {
        return queries.excludedItems(policy);
    }

    public QueryResult cost(Object policy) {
        return queries.cost(policy);
    }

    /** {@code vbaws.missed(from: "7d")}: the instances that missed their SLA, with their failed sessions and why. */
    public QueryResult missed(Map<String, ?> options) {
        return queries.missed(options);
    }

    public QueryResult missed() {
        return missed(Map.of());
    }

    /** {@code vbaws.unprotected(regions: [...])}: the instances in no policy's scope. */
    public QueryResult unprotected(Map<String, ?> options) {
        return queries.unprotected(options);
    }

    public QueryResult unprotected() {
        return unprotected(Map.of());
    }

    // ---- scripts: plan, apply, export --------------------------------------------------------------

    /** The plan of the policy scripts in {@code path} (a file or directory) against the appliance, as data. */
    public RunbookPlan plan(String path) {
        return plan(Map.of(), path);
    }

    /** The plan with {@code prune: true}, {@code target: [...]} or {@code exclude: [...]}. */
    public RunbookPlan plan(Map<String, ?> options, String path) {
        PlanOptions planOptions = new PlanOptions(Boolean.TRUE.equals(options.get("prune")),
                QueryFunctions.references(options.get("target")), QueryFunctions.references(options.get("exclude")));
        Path where = environment.workingDirectory().resolve(path);
        return new RunbookPlan(new DeclarationPlanner(client).plan(environment.scripts(List.of(where)), planOptions).plan());
    }

    /** Applies a plan from {@link #plan}: every change through {@code apply}, usn-guarded (a dry run shows them). */
    public RunbookPlan apply(RunbookPlan plan) {
        control.check();
        writes.carryOut(plan.plan());
        return plan;
    }

    /** The appliance's policies as policy-script text, as {@code vbaws export} writes it. */
    public String export() {
        List<SlaPolicy> policies = new ArrayList<>(client.allPolicies());
        policies.sort(Comparator.comparing((SlaPolicy p) -> p.priority() == null ? Integer.MAX_VALUE : p.priority())
                .thenComparing(SlaPolicy::name));
        return new PolicyScriptWriter(new InventoryLoader(client).load(InventoryNeeds.all()))
                .write(policies, List.of("EC2 SLA-based policies exported by a vbaws runbook"));
    }

    // ---- time ------------------------------------------------------------------------------------

    /** Sleeps {@code duration} ({@code "4h"}); a stop (signal, time limit) ends it, and the finally blocks run. */
    public void sleep(Object duration) {
        Duration d = DurationText.parse(duration, "sleep");
        if (dryRun) {
            // A dry run shows what the run would do; waiting out a maintenance window shows nothing.
            log.info("dry run: would sleep " + DurationText.format(d));
            control.check();
            return;
        }
        control.sleep(d);
    }

    /**
     * Asks {@code condition} every {@code every:} (default 30s) until it is true, for at most
     * {@code timeout:} (default 30m). True when it became true; false, with a warning, when time ran out.
     */
    public boolean waitUntil(Map<String, ?> options,
            @DelegatesTo(value = Vbaws.class, strategy = Closure.OWNER_FIRST) Closure<?> condition) {
        condition.setDelegate(this);
        condition.setResolveStrategy(Closure.OWNER_FIRST);
        Object timeoutText = options.get("timeout");
        Object everyText = options.get("every");
        Duration timeout = DurationText.parse(timeoutText == null ? "30m" : timeoutText, "waitUntil timeout");
        Duration every = DurationText.parse(everyText == null ? "30s" : everyText, "waitUntil every");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            control.check();
            Object answer = condition.call();
            if (answer != null && !Boolean.FALSE.equals(answer)) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (dryRun) {
                log.info("dry run: would wait up to " + DurationText.format(timeout) + " for the condition to hold");
                return false;
            }
            if (left <= 0) {
                log.warn("waitUntil: still not true after " + DurationText.format(timeout));
                return false;
            }
            control.sleep(Duration.ofNanos(Math.min(left, every.toNanos())));
        }
    }

    // ---- writers ---------------------------------------------------------------------------------

    /** The compliance report as data: {@code from:} (default 30d), {@code policy:} names or globs. */
    public ComplianceReport complianceReport(Map<String, ?> options) {
        return new ComplianceReports(queries.queries()).build(
                QueryFunctions.references(options.get("policy")), options.get("from"));
    }

    /** Writes the compliance report as a self-contained HTML page; returns the file. */
    public Path writeHtmlReport(Map<String, ?> options, String file) {
        return written(file, new HtmlReport().render(complianceReport(options)), "the HTML report");
    }

    /** Writes the compliance report as CSV, a row per policy; returns the file. */
    public Path writeCsvReport(Map<String, ?> options, String file) {
        return written(file, new ReportCsv().render(complianceReport(options)), "the CSV report");
    }

    /** Writes rows (a query result or any list of maps) as CSV; returns the file. */
    public Path writeCsv(List<? extends Map<?, ?>> rows, String file) {
        return written(file, io.vbaws.query.CsvText.of(rows, String::valueOf), "the CSV");
    }

    /** Writes any value (rows, maps, lists, numbers) as JSON; returns the file. */
    public Path writeJson(Object value, String file) {
        return written(file, RunbookJson.of(value), "the JSON");
    }

    /** Writes text as it is; returns the file. */
    public Path writeText(Object text, String file) {
        return written(file, String.valueOf(text), "the text");
    }

    private Path written(String file, String text, String what) {
        Path target = environment.workingDirectory().resolve(file);
        // Files are the runbook's output, not the appliance's state: written in a dry run too.
        environment.write(target, text, what);
        log.info("wrote " + target);
        return target;
    }

    /** The writes made so far (in a dry run: shown). */
    public List<RunbookWrite> writes() {
        return ledger.made();
    }

    int failures() {
        return ledger.failures();
    }
}
