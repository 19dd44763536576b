package io.vbaws.query;

import io.vbaws.api.ApiException;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.SlaInstancesQuery;
import io.vbaws.api.model.ProtectedResource;
import io.vbaws.api.model.SlaInstance;
import io.vbaws.api.model.SlaInstances;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaReport;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.text.NameSuggestions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into the appliance's things: a policy by name or ID, an instance of a
 * policy by name, AWS ID or ID, a policy's template and its own slaReport row.
 */
public final class SlaReferences {
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Duration NAME_LOOKUP = Duration.ofDays(30);

    private final ApplianceClient client;
    private final PolicyLookup policyLookup = new PolicyLookup();
    private final NameSuggestions closest = new NameSuggestions(3);

    public SlaReferences(ApplianceClient client) {
        this.client = client;
    }

    /** The one policy {@code reference} names. */
    public SlaPolicy policy(String reference) {
        return policyLookup.find(reference, client.allPolicies());
    }

    /** Every template, by ID. */
    public Map<String, SlaTemplate> templatesById() {
        Map<String, SlaTemplate> byId = new HashMap<>();
        client.slaTemplates().forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    /**
     * This policy's slaReport row, or null when the appliance has none for it. The endpoint answers a
     * collection; another policy's row is never taken for this one's.
     */
    public SlaReport reportOf(SlaPolicy p) {
        return client.slaReport(p.id()).stream().filter(r -> p.id().equals(r.id())).findFirst().orElse(null);
    }

    /**
     * The instance {@code reference} names within a policy: its appliance ID, its AWS ID (i-...),
     * or its name among the instances with SLA data in the period.
     */
    public SlaInstance instance(SlaPolicy p, String reference, Instant from, Instant to) {
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
                + QueryCaptions.period(lookupFrom, to) + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near)));
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
}
