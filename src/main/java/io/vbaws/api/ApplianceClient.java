package io.vbaws.api;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.AmazonConnection;
import io.vbaws.api.model.AmazonConnectionSpec;
import io.vbaws.api.model.ApiJson;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.CostEstimate;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import io.vbaws.api.model.ExcludedItem;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.Page;
import io.vbaws.api.model.PriorityOrder;
import io.vbaws.api.model.ProtectedResource;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.Session;
import io.vbaws.api.model.SessionLog;
import io.vbaws.api.model.SlaInstances;
import io.vbaws.api.model.SlaPeriodResult;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SlaReport;
import io.vbaws.api.model.SlaSession;
import io.vbaws.api.model.SlaSessionLog;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.SystemVersion;
import io.vbaws.api.model.VirtualMachine;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The REST client of a Veeam Backup for AWS appliance (API 1.8-rev0): every EC2 SLA-based policy
 * operation of the reference and the supporting reads of NOTES.md. It logs in on first use,
 * keeps the token fresh, walks pages, retries what is safe to retry, checks what the appliance
 * sends, and reports every failure as an {@link ApiException}. Thread-safe; one per appliance and run.
 */
public final class ApplianceClient implements AutoCloseable {
    private static final String POLICIES = "policy/ec2SlaBasedPolicies";

    private final HttpExchange exchange;
    private final AccessTokens tokens;
    private final ApiCalls calls;
    private final URI baseUri;
    /** Whether closing this client releases the connections; a {@link #limitedTo} view shares them and does not. */
    private final boolean owner;

    private ApplianceClient(ClientConfig config) {
        var mapper = ApiJson.newMapper();
        HttpUrl root = apiRoot(config.baseUri());
        this.baseUri = config.baseUri();
        this.exchange = new HttpExchange(config, mapper);
        this.tokens = new AccessTokens(exchange, mapper, config, root.newBuilder().addPathSegment("token").build());
        this.calls = new ApiCalls(mapper, exchange, tokens, root, config.pageSize());
        this.owner = true;
    }

    private ApplianceClient(ApplianceClient of, ApiCalls calls) {
        this.baseUri = of.baseUri;
        this.exchange = of.exchange;
        this.tokens = of.tokens;
        this.calls = calls;
        this.owner = false;
    }

    /** A client for the appliance the configuration names; nothing is sent until the first call. */
    public static ApplianceClient create(ClientConfig config) {
        return new ApplianceClient(config);
    }

    /**
     * This client with at most {@code requests} of its own requests in flight at once, however many
     * threads call it: same appliance, session and connections, and this client stays unlimited.
     * A request holds its slot from sending to the last byte of its answer, so callers with more
     * threads than slots read answers and write bodies while the slots stay busy. Closing the
     * view does nothing; this client owns the connections.
     */
    public ApplianceClient limitedTo(int requests) {
        return new ApplianceClient(this, calls.limitedTo(requests));
    }

    /** Who this client is logged in as; logs in first when it has not yet. */
    public SessionUser sessionUser() {
        return tokens.user();
    }

    /** The appliance's address as configured (without {@code /api/v1}). */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The API root for an appliance address: {@code https://host:11005}, with or without a trailing
     * slash or {@code /api/v1}, becomes {@code https://host:11005/api/v1}.
     */
    static HttpUrl apiRoot(URI base) {
        HttpUrl url = HttpUrl.get(base.toString());
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + base);
        }
        List<String> segments = new ArrayList<>(url.pathSegments());
        segments.removeIf(String::isEmpty);
        if (segments.size() >= 2 && segments.get(segments.size() - 2).equals("api")
                && segments.get(segments.size() - 1).equals("v1")) {
            segments = segments.subList(0, segments.size() - 2);
        }
        HttpUrl.Builder b = url.newBuilder().encodedPath("/").query(null).fragment(null);
        segments.forEach(b::addPathSegment);
        return b.addPathSegment("api").addPathSegment("v1").build();
    }

    // ---- EC2 SLA-based policies --------------------------------------------------------------

    /** One page of policies (SearchPattern, VirtualMachineId, Offset, Limit), checked like every page. */
    public Page<SlaPolicy> listPolicies(PolicyQuery q) {
        return calls.page(policies(q.searchPattern(), q.virtualMachineId()).window(q.offset(), q.limit()), SlaPolicy.class, RecordChecks.POLICY);
    }

    /** Every policy, page by page. */
    public List<SlaPolicy> allPolicies() {
        return allPolicies(null, null);
    }

    /** Every policy whose name matches {@code searchPattern} and that protects {@code virtualMachineId} (nulls: any). */
    public List<SlaPolicy> allPolicies(String searchPattern, String virtualMachineId) {
        return calls.all(policies(searchPattern, virtualMachineId), SlaPolicy.class, RecordChecks.POLICY);
    }

    private Query policies(String searchPattern, String virtualMachineId) {
        return calls.at(POLICIES).param("SearchPattern", searchPattern).param("VirtualMachineId", virtualMachineId);
    }

    /**
     * Writes {@code sample} as JSON once and discards it: Jackson builds a body's nested writers at
     * its first value (about 10 ms on a cold JVM). An apply calls it in the background while it
     * prints the plan, so its first changes do not wait for that.
     */
    public void readyPolicyWrites(SlaPolicySpec sample) {
        calls.json(sample);
    }

    /** Creates a policy. Never resent blindly: when the answer is lost, the caller must look before trying again. */
    public SlaPolicy createPolicy(SlaPolicySpec spec) {
        return calls.record("POST", calls.at(POLICIES), calls.json(spec), Resend.NEVER, SlaPolicy.class,
                RecordChecks.POLICY);
    }

    public SlaPolicy getPolicy(String policyId) {
        return calls.record("GET", policy(policyId), null, Resend.WHEN_SAFE, SlaPolicy.class, RecordChecks.POLICY);
    }

    /** Changes a policy; the answer's policy, or null when the appliance answered without one. */
    public SlaPolicy modifyPolicy(String policyId, SlaPolicySpec spec) {
        return calls.optionalRecord("PUT", policy(policyId), calls.json(spec), SlaPolicy.class, RecordChecks.POLICY);
    }

    /**
     * Deletes a policy. Retried like any idempotent request; when a retry follows an attempt whose
     * answer was lost and finds the policy gone, the lost attempt did the work, so that is success.
     */
    public void deletePolicy(String policyId) {
        calls.send("DELETE", policy(policyId), null);
    }

    /** SLA compliance of a policy per backup type (slaReport), every page. */
    public List<SlaReport> slaReport(String policyId) {
        return slaReport(policyId, null);
    }

    /** slaReport narrowed by the appliance's SearchPattern (null: no narrowing). */
    public List<SlaReport> slaReport(String policyId, String searchPattern) {
        return calls.all(policy(policyId).segment("slaReport").param("SearchPattern", searchPattern), SlaReport.class,
                RecordCheck.none());
    }

    public List<ExcludedItem> excludedItems(String policyId) {
        return excludedItems(policyId, null);
    }

    /** The resources excluded from a policy whose names match {@code searchPattern} (null: all). */
    public List<ExcludedItem> excludedItems(String policyId, String searchPattern) {
        return calls.all(policy(policyId).segment("excludedItems").param("SearchPattern", searchPattern),
                ExcludedItem.class, RecordCheck.none());
    }

    public List<ProtectedResource> protectedResources(String policyId) {
        return calls.all(policy(policyId).segment("protectedResources"), ProtectedResource.class, RecordCheck.none());
    }

    public List<Region> policyRegions(String policyId) {
        return calls.all(policy(policyId).segment("regions"), Region.class, RecordChecks.REGION);
    }

    public void enablePolicy(String policyId) {
        calls.send("POST", policy(policyId).segment("enable"), ApiCalls.empty());
    }

    public void disablePolicy(String policyId) {
        calls.send("POST", policy(policyId).segment("disable"), ApiCalls.empty());
    }

    public void orderPriorities(PriorityOrder order) {
        calls.send("POST", calls.at(POLICIES).segment("orderPriorities"), calls.json(order));
    }

    /** Every policy as a CSV or XML document, as the appliance writes it. */
    public String exportPolicies(ExportFormat format) {
        return calls.text("POST", calls.at(POLICIES).segment("export"), ApiCalls.empty(), format.mediaType());
    }

    /** The estimated monthly cost of a policy as it would be with this specification. */
    public CostEstimate estimateCost(SlaPolicySpec spec) {
        return calls.optionalRecord("POST", calls.at(POLICIES).segment("cost"), calls.json(spec), CostEstimate.class,
                RecordCheck.none());
    }

    /** The estimated monthly cost of an existing policy. */
    public CostEstimate policyCost(String policyId) {
        return calls.get(policy(policyId).segment("cost"), calls.type(CostEstimate.class));
    }

    /** Compliance per calculated period (day, week or month). */
    public List<SlaPeriodResult> slaResults(String policyId, SlaResultsQuery q) {
        return calls.onePage(policy(policyId).segment("slaResults")
                .params("ec2SlaFilterSessionStatus", q.statuses())
                .params("backupType", q.backupTypes())
                .params("scheduleType", q.scheduleTypes()), SlaPeriodResult.class);
    }

    /** Compliance per instance over a period, every page; the statistics are those of the first page. */
    public SlaInstances slaInstances(String policyId, SlaInstancesQuery q) {
        Query query = policy(policyId).segment("slaInstances")
                .param("dateFrom", iso(q.dateFrom()))
                .param("dateTo", iso(q.dateTo()))
                .params("slaComplianceStatus", q.statuses())
                .params("backupType", q.backupTypes())
                .params("scheduleType", q.scheduleTypes())
                .param("searchPattern", q.searchPattern());
        PageWalker.Walked<SlaInstances, io.vbaws.api.model.SlaInstance> walked = calls.walk(query,
                calls.type(SlaInstances.class), (SlaInstances p) -> new PageSlice<>(p.results(), p.totalCount()),
                RecordChecks.SLA_INSTANCE);
        return new SlaInstances(walked.first().statistics(), walked.items(), walked.items().size());
    }

    /** The sessions a policy ran for one instance over a period, every page. */
    public List<SlaSession> slaSessions(String policyId, String instanceId, SlaSessionsQuery q) {
        return calls.all(policy(policyId).segment("slaSessions").segment(instanceId)
                .param("dateFrom", iso(q.dateFrom()))
                .param("dateTo", iso(q.dateTo()))
                .params("backupType", q.backupTypes())
                .params("scheduleType", q.scheduleTypes()), SlaSession.class, RecordCheck.none());
    }

    /** The log of one SLA session. */
    public List<SlaSessionLog> slaSessionLogs(String sessionId) {
        return calls.onePage(calls.at(POLICIES).segment("slaSessions").segment(sessionId).segment("slaSessionLogs"),
                SlaSessionLog.class);
    }

    // ---- supporting collections --------------------------------------------------------------

    public SystemVersion systemVersion() {
        return calls.get(calls.at("system/version"), calls.type(SystemVersion.class));
    }

    public List<Region> regions() {
        return calls.all(calls.at("cloudInfrastructure/regions"), Region.class, RecordChecks.REGION);
    }

    public List<CloudTag> tags() {
        return calls.all(calls.at("cloudInfrastructure/tags"), CloudTag.class, RecordChecks.TAG);
    }

    public List<VirtualMachine> virtualMachines(VirtualMachineQuery q) {
        return calls.all(calls.at("virtualMachines")
                .param("RegionId", q.regionId())
                .param("ResourceAwsAccountId", q.resourceAwsAccountId())
                .param("ProtectedByPolicy", q.protectedByPolicy())
                .param("SearchPattern", q.searchPattern()), VirtualMachine.class, RecordChecks.INSTANCE);
    }

    public VirtualMachine virtualMachine(String virtualMachineId) {
        return calls.record("GET", calls.at("virtualMachines").segment(virtualMachineId), null, Resend.WHEN_SAFE,
                VirtualMachine.class, RecordChecks.INSTANCE);
    }

    /** The EBS volumes of one instance. */
    public List<EbsVolume> volumes(String virtualMachineId) {
        return calls.all(calls.at("virtualMachines").segment(virtualMachineId).segment("volumes"), EbsVolume.class,
                RecordCheck.none());
    }

    /** The IAM roles of the accounts added to the appliance. */
    public List<AmazonAccount> accounts() {
        return calls.all(calls.at("accounts/amazon"), AmazonAccount.class, RecordChecks.ACCOUNT);
    }

    public List<Organization> organizations() {
        return calls.all(calls.at("organizations/amazon"), Organization.class, RecordChecks.ORGANIZATION);
    }

    public List<SlaTemplate> slaTemplates() {
        return calls.all(calls.at("policyTemplates/slaTemplates"), SlaTemplate.class, RecordChecks.SLA_TEMPLATE);
    }

    public List<StorageTemplate> storageTemplates() {
        return calls.all(calls.at("policyTemplates/storageTemplates"), StorageTemplate.class,
                RecordChecks.STORAGE_TEMPLATE);
    }

    /** The KMS keys one account's role sees in one region, through a short-lived Amazon connection. */
    public List<EncryptionKey> encryptionKeys(String amazonAccountId, String regionId) {
        AmazonConnection connection = calls.record("POST", calls.at("amazonConnections"),
                calls.json(new AmazonConnectionSpec(amazonAccountId, regionId)), Resend.WHEN_SAFE,
                AmazonConnection.class, c -> c.id() == null ? "an Amazon connection without an id" : null);
        return calls.all(calls.at("amazonConnections").segment(connection.id()).segment("cloudEncryptionKeys"),
                EncryptionKey.class, RecordCheck.none());
    }

    public List<Session> sessions(SessionQuery q) {
        return calls.all(calls.at("sessions")
                .param("PolicyId", q.policyId())
                .param("Status", q.status())
                .params("Types", q.types())
                .param("FromUtc", q.fromUtc() == null ? null : iso(q.fromUtc()))
                .param("ToUtc", q.toUtc() == null ? null : iso(q.toUtc()))
                .param("VmId", q.vmId()), Session.class, RecordChecks.SESSION);
    }

    public SessionLog sessionLog(String sessionId) {
        return calls.get(calls.at("sessions").segment(sessionId).segment("log"), calls.type(SessionLog.class));
    }

    /** Ends the session on the appliance. */
    public void logout() {
        tokens.logout();
    }

    /** Cancels every call in flight on this client (Ctrl-C, a runbook's stop); the client stays usable. */
    public void cancelInFlight() {
        exchange.cancelInFlight();
    }

    /** Logs out if logged in (best effort) and releases connections; a {@link #limitedTo} view leaves that to its client. */
    @Override
    public void close() {
        if (!owner) {
            return;
        }
        try {
            if (tokens.loggedIn()) {
                tokens.logout();
            }
        } catch (ApiException ignored) {
            // Closing must not fail a command that already did its work; the token expires on its own.
        } finally {
            calls.close();
            exchange.close();
        }
    }

    private Query policy(String policyId) {
        return calls.at(POLICIES).segment(policyId);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
