package io.vbaws.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.ApiJson;
import io.vbaws.api.model.AmazonConnection;
import io.vbaws.api.model.AmazonConnectionSpec;
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
import io.vbaws.api.model.SlaInstance;
import io.vbaws.api.model.SlaInstanceStatistics;
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
import io.vbaws.api.model.ApiValues;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The REST client of a Veeam Backup for AWS appliance (API 1.8-rev0): every EC2 SLA-based policy
 * operation of the reference and the supporting reads of NOTES.md. It logs in on first use,
 * keeps the token fresh, walks pages, retries what is safe to retry, and reports every failure as
 * an {@link ApiException}. Thread-safe; one per appliance and run.
 */
public final class ApplianceClient implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final String POLICIES = "policy/ec2SlaBasedPolicies";

    private final ObjectMapper mapper;
    private final HttpExchange exchange;
    private final AccessTokens tokens;
    private final HttpUrl root;
    private final PageWalker pages;
    private final URI baseUri;

    private ApplianceClient(ClientConfig config) {
        this.mapper = ApiJson.newMapper();
        this.baseUri = config.baseUri();
        this.root = apiRoot(config.baseUri());
        this.exchange = new HttpExchange(config, mapper);
        this.tokens = new AccessTokens(exchange, mapper, config, root.newBuilder().addPathSegment("token").build());
        this.pages = new PageWalker(config.pageSize());
    }

    /** A client for the appliance the configuration names; nothing is sent until the first call. */
    public static ApplianceClient create(ClientConfig config) {
        return new ApplianceClient(config);
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

    /** One page of policies (SearchPattern, VirtualMachineId, Offset, Limit). */
    public Page<SlaPolicy> listPolicies(PolicyQuery q) {
        HttpUrl.Builder url = path(POLICIES);
        param(url, "SearchPattern", q.searchPattern());
        param(url, "VirtualMachineId", q.virtualMachineId());
        param(url, "Offset", q.offset());
        param(url, "Limit", q.limit());
        return get(url, pageOf(SlaPolicy.class));
    }

    /** Every policy, page by page. */
    public List<SlaPolicy> allPolicies() {
        return allPolicies(null, null);
    }

    /** Every policy whose name matches {@code searchPattern} and that protects {@code virtualMachineId} (nulls: any). */
    public List<SlaPolicy> allPolicies(String searchPattern, String virtualMachineId) {
        return pages.all((offset, limit) -> slice(listPolicies(new PolicyQuery(searchPattern, virtualMachineId, offset,
                limit))));
    }

    /** Creates a policy. Never retried blindly: when the answer is lost, the caller must look before trying again. */
    public SlaPolicy createPolicy(SlaPolicySpec spec) {
        return send("POST", path(POLICIES), json(spec), false, type(SlaPolicy.class));
    }

    public SlaPolicy getPolicy(String policyId) {
        return get(path(POLICIES).addPathSegment(policyId), type(SlaPolicy.class));
    }

    public SlaPolicy modifyPolicy(String policyId, SlaPolicySpec spec) {
        return send("PUT", path(POLICIES).addPathSegment(policyId), json(spec), true, type(SlaPolicy.class));
    }

    /**
     * Deletes a policy. Retried like any idempotent request; when a retry follows an attempt whose
     * answer was lost and finds the policy gone, the lost attempt did the work, so that is success.
     */
    public void deletePolicy(String policyId) {
        send("DELETE", path(POLICIES).addPathSegment(policyId), null, true, null);
    }

    /** SLA compliance of a policy per backup type (slaReport), every page. */
    public List<SlaReport> slaReport(String policyId) {
        return slaReport(policyId, null);
    }

    /** slaReport narrowed by the appliance's SearchPattern (null: no narrowing). */
    public List<SlaReport> slaReport(String policyId, String searchPattern) {
        return pages.all((offset, limit) -> {
            HttpUrl.Builder url = path(POLICIES).addPathSegment(policyId).addPathSegment("slaReport");
            param(url, "SearchPattern", searchPattern);
            param(url, "Offset", offset);
            param(url, "Limit", limit);
            return slice(get(url, pageOf(SlaReport.class)));
        });
    }

    public List<ExcludedItem> excludedItems(String policyId) {
        return excludedItems(policyId, null);
    }

    /** The resources excluded from a policy whose names match {@code searchPattern} (null: all). */
    public List<ExcludedItem> excludedItems(String policyId, String searchPattern) {
        return pages.all((offset, limit) -> {
            HttpUrl.Builder url = paged(path(POLICIES).addPathSegment(policyId).addPathSegment("excludedItems"),
                    offset, limit);
            param(url, "SearchPattern", searchPattern);
            return slice(get(url, pageOf(ExcludedItem.class)));
        });
    }

    public List<ProtectedResource> protectedResources(String policyId) {
        return pages.all((offset, limit) -> slice(get(paged(path(POLICIES).addPathSegment(policyId)
                .addPathSegment("protectedResources"), offset, limit), pageOf(ProtectedResource.class))));
    }

    public List<Region> policyRegions(String policyId) {
        return pages.all((offset, limit) -> slice(get(paged(path(POLICIES).addPathSegment(policyId)
                .addPathSegment("regions"), offset, limit), pageOf(Region.class))));
    }

    public void enablePolicy(String policyId) {
        send("POST", path(POLICIES).addPathSegment(policyId).addPathSegment("enable"), empty(), true, null);
    }

    public void disablePolicy(String policyId) {
        send("POST", path(POLICIES).addPathSegment(policyId).addPathSegment("disable"), empty(), true, null);
    }

    public void orderPriorities(PriorityOrder order) {
        send("POST", path(POLICIES).addPathSegment("orderPriorities"), json(order), true, null);
    }

    /** Every policy as a CSV or XML document, as the appliance writes it. */
    public String exportPolicies(ExportFormat format) {
        ApiRequest r = new ApiRequest("POST", path(POLICIES).addPathSegment("export").build(),
                "/" + POLICIES + "/export", empty(), format.mediaType(), true);
        return authorized(r).body();
    }

    /** The estimated monthly cost of a policy as it would be with this specification. */
    public CostEstimate estimateCost(SlaPolicySpec spec) {
        return send("POST", path(POLICIES).addPathSegment("cost"), json(spec), true, type(CostEstimate.class));
    }

    /** The estimated monthly cost of an existing policy. */
    public CostEstimate policyCost(String policyId) {
        return get(path(POLICIES).addPathSegment(policyId).addPathSegment("cost"), type(CostEstimate.class));
    }

    /** Compliance per calculated period (day, week or month). */
    public List<SlaPeriodResult> slaResults(String policyId, SlaResultsQuery q) {
        HttpUrl.Builder url = path(POLICIES).addPathSegment(policyId).addPathSegment("slaResults");
        q.statuses().forEach(s -> url.addQueryParameter("ec2SlaFilterSessionStatus", s));
        q.backupTypes().forEach(s -> url.addQueryParameter("backupType", s));
        q.scheduleTypes().forEach(s -> url.addQueryParameter("scheduleType", s));
        Page<SlaPeriodResult> page = get(url, pageOf(SlaPeriodResult.class));
        return page == null || page.results() == null ? List.of() : page.results();
    }

    /** Compliance per instance over a period, every page; the statistics are those of the first page. */
    public SlaInstances slaInstances(String policyId, SlaInstancesQuery q) {
        SlaInstanceStatistics[] statistics = new SlaInstanceStatistics[1];
        List<SlaInstance> rows = pages.all((offset, limit) -> {
            HttpUrl.Builder url = path(POLICIES).addPathSegment(policyId).addPathSegment("slaInstances");
            url.addQueryParameter("dateFrom", iso(q.dateFrom()));
            url.addQueryParameter("dateTo", iso(q.dateTo()));
            q.statuses().forEach(s -> url.addQueryParameter("slaComplianceStatus", s));
            q.backupTypes().forEach(s -> url.addQueryParameter("backupType", s));
            q.scheduleTypes().forEach(s -> url.addQueryParameter("scheduleType", s));
            param(url, "searchPattern", q.searchPattern());
            param(url, "Offset", offset);
            param(url, "Limit", limit);
            SlaInstances page = get(url, type(SlaInstances.class));
            if (page == null) {
                return new PageSlice<>(List.of(), 0);
            }
            if (statistics[0] == null) {
                statistics[0] = page.statistics();
            }
            return new PageSlice<>(page.results(), page.totalCount());
        });
        return new SlaInstances(statistics[0], rows, rows.size());
    }

    /** The sessions a policy ran for one instance over a period, every page. */
    public List<SlaSession> slaSessions(String policyId, String instanceId, SlaSessionsQuery q) {
        return pages.all((offset, limit) -> {
            HttpUrl.Builder url = path(POLICIES).addPathSegment(policyId).addPathSegment("slaSessions")
                    .addPathSegment(instanceId);
            url.addQueryParameter("dateFrom", iso(q.dateFrom()));
            url.addQueryParameter("dateTo", iso(q.dateTo()));
            q.backupTypes().forEach(s -> url.addQueryParameter("backupType", s));
            q.scheduleTypes().forEach(s -> url.addQueryParameter("scheduleType", s));
            param(url, "Offset", offset);
            param(url, "Limit", limit);
            return slice(get(url, pageOf(SlaSession.class)));
        });
    }

    /** The log of one SLA session. */
    public List<SlaSessionLog> slaSessionLogs(String sessionId) {
        Page<SlaSessionLog> page = get(path(POLICIES).addPathSegment("slaSessions").addPathSegment(sessionId)
                .addPathSegment("slaSessionLogs"), pageOf(SlaSessionLog.class));
        return page == null || page.results() == null ? List.of() : page.results();
    }

    // ---- supporting collections --------------------------------------------------------------

    public SystemVersion systemVersion() {
        return get(path("system/version"), type(SystemVersion.class));
    }

    public List<Region> regions() {
        return all("cloudInfrastructure/regions", Region.class);
    }

    public List<CloudTag> tags() {
        return all("cloudInfrastructure/tags", CloudTag.class);
    }

    public List<VirtualMachine> virtualMachines(VirtualMachineQuery q) {
        return pages.all((offset, limit) -> {
            HttpUrl.Builder url = path("virtualMachines");
            param(url, "RegionId", q.regionId());
            param(url, "ResourceAwsAccountId", q.resourceAwsAccountId());
            param(url, "ProtectedByPolicy", q.protectedByPolicy());
            param(url, "SearchPattern", q.searchPattern());
            param(url, "Offset", offset);
            param(url, "Limit", limit);
            return slice(get(url, pageOf(VirtualMachine.class)));
        });
    }

    public VirtualMachine virtualMachine(String virtualMachineId) {
        return get(path("virtualMachines").addPathSegment(virtualMachineId), type(VirtualMachine.class));
    }

    /** The EBS volumes of one instance. */
    public List<EbsVolume> volumes(String virtualMachineId) {
        return pages.all((offset, limit) -> slice(get(paged(path("virtualMachines").addPathSegment(virtualMachineId)
                .addPathSegment("volumes"), offset, limit), pageOf(EbsVolume.class))));
    }

    /** The IAM roles of the accounts added to the appliance. */
    public List<AmazonAccount> accounts() {
        return all("accounts/amazon", AmazonAccount.class);
    }

    public List<Organization> organizations() {
        return all("organizations/amazon", Organization.class);
    }

    public List<SlaTemplate> slaTemplates() {
        return all("policyTemplates/slaTemplates", SlaTemplate.class);
    }

    public List<StorageTemplate> storageTemplates() {
        return all("policyTemplates/storageTemplates", StorageTemplate.class);
    }

    /** The KMS keys one account's role sees in one region, through a short-lived Amazon connection. */
    public List<EncryptionKey> encryptionKeys(String amazonAccountId, String regionId) {
        AmazonConnection connection = send("POST", path("amazonConnections"),
                json(new AmazonConnectionSpec(amazonAccountId, regionId)), true, type(AmazonConnection.class));
        if (connection == null || connection.id() == null) {
            throw new ApiException(200, ApiValues.ErrorCode.UNEXPECTED_CONTENT, "The Amazon connection has no id", null,
                    "POST", "/amazonConnections", null);
        }
        return pages.all((offset, limit) -> slice(get(paged(path("amazonConnections").addPathSegment(connection.id())
                .addPathSegment("cloudEncryptionKeys"), offset, limit), pageOf(EncryptionKey.class))));
    }

    public List<Session> sessions(SessionQuery q) {
        return pages.all((offset, limit) -> {
            HttpUrl.Builder url = path("sessions");
            param(url, "PolicyId", q.policyId());
            param(url, "Status", q.status());
            q.types().forEach(t -> url.addQueryParameter("Types", t));
            param(url, "FromUtc", q.fromUtc() == null ? null : iso(q.fromUtc()));
            param(url, "ToUtc", q.toUtc() == null ? null : iso(q.toUtc()));
            param(url, "VmId", q.vmId());
            param(url, "Offset", offset);
            param(url, "Limit", limit);
            return slice(get(url, pageOf(Session.class)));
        });
    }

    public SessionLog sessionLog(String sessionId) {
        return get(path("sessions").addPathSegment(sessionId).addPathSegment("log"), type(SessionLog.class));
    }

    /** Ends the session on the appliance. */
    public void logout() {
        tokens.logout();
    }

    /** Cancels every call in flight on this client (Ctrl-C, a runbook's stop); the client stays usable. */
    public void cancelInFlight() {
        exchange.cancelInFlight();
    }

    /** Logs out if logged in (best effort) and releases connections. */
    @Override
    public void close() {
        try {
            if (tokens.loggedIn()) {
                tokens.logout();
            }
        } catch (ApiException ignored) {
            // Closing must not fail a command that already did its work; the token expires on its own.
        } finally {
            exchange.close();
        }
    }

    // ---- plumbing --------------------------------------------------------------------------------

    private <T> List<T> all(String collection, Class<T> item) {
        return pages.all((offset, limit) -> slice(get(paged(path(collection), offset, limit), pageOf(item))));
    }

    private HttpUrl.Builder path(String segments) {
        return root.newBuilder().addPathSegments(segments);
    }

    private static HttpUrl.Builder paged(HttpUrl.Builder url, int offset, int limit) {
        return url.addQueryParameter("Offset", Integer.toString(offset)).addQueryParameter("Limit",
                Integer.toString(limit));
    }

    private static void param(HttpUrl.Builder url, String name, Object value) {
        if (value != null) {
            url.addQueryParameter(name, value.toString());
        }
    }

    private static <T> PageSlice<T> slice(Page<T> page) {
        return page == null ? new PageSlice<>(List.of(), 0) : new PageSlice<>(page.results(), page.totalCount());
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private JavaType type(Class<?> c) {
        return mapper.getTypeFactory().constructType(c);
    }

    private JavaType pageOf(Class<?> item) {
        return mapper.getTypeFactory().constructParametricType(Page.class, item);
    }

    private RequestBody json(Object body) {
        try {
            return RequestBody.create(mapper.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write request body: " + e.getOriginalMessage(), e);
        }
    }

    private static RequestBody empty() {
        return RequestBody.create(new byte[0], null);
    }

    private <T> T get(HttpUrl.Builder url, JavaType type) {
        return send("GET", url, null, true, type);
    }

    private <T> T send(String method, HttpUrl.Builder url, RequestBody body, boolean retryable, JavaType type) {
        HttpUrl built = url.build();
        ApiRequest request = new ApiRequest(method, built, pathOf(built), body, "application/json", retryable);
        ApiResponse response = authorized(request);
        if (type == null || response.body().isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new ApiException(response.status(), ApiValues.ErrorCode.UNEXPECTED_CONTENT,
                    "The appliance's answer is not the expected JSON", e.getOriginalMessage(), method, request.path(), e);
        }
    }

    /** Sends with the current token; an ExpiredToken 401 refreshes the token and tries once more. */
    private ApiResponse authorized(ApiRequest request) {
        String token = tokens.current();
        try {
            return exchange.execute(request, token);
        } catch (ApiException e) {
            if (e.status() == 401 && ApiValues.ErrorCode.EXPIRED_TOKEN.equals(e.errorCode())) {
                return exchange.execute(request, tokens.renewAfterExpiry(token));
            }
            throw e;
        }
    }

    private String pathOf(HttpUrl url) {
        String full = url.encodedPath();
        String prefix = root.encodedPath();
        return full.startsWith(prefix) ? full.substring(prefix.length()) : full;
    }
}
