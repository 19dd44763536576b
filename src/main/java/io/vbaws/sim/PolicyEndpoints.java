package io.vbaws.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.DeletedItem;
import io.vbaws.api.model.ExcludedItem;
import io.vbaws.api.model.Link;
import io.vbaws.api.model.PriorityOrder;
import io.vbaws.api.model.ProtectedResource;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The EC2 SLA-based policy endpoints of the 1.8 reference, except the SLA figures: the collection,
 * create, get, modify, delete, protected resources, excluded items, regions, enable, disable,
 * orderPriorities, export and the two cost estimates.
 */
final class PolicyEndpoints {
    static final String BASE = HttpFront.API + "/policy/ec2SlaBasedPolicies";

    private final Appliance appliance;
    private final ObjectMapper json;

    PolicyEndpoints(Appliance appliance, ObjectMapper json) {
        this.appliance = appliance;
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", BASE, Router.Access.READ, this::list);
        router.add("POST", BASE, Router.Access.WRITE, this::create);
        router.add("GET", BASE + "/{policyId}", Router.Access.READ, this::get);
        router.add("PUT", BASE + "/{policyId}", Router.Access.WRITE, this::modify);
        router.add("DELETE", BASE + "/{policyId}", Router.Access.WRITE, this::delete);
        router.add("GET", BASE + "/{policyId}/protectedResources", Router.Access.READ, this::protectedResources);
        router.add("GET", BASE + "/{policyId}/excludedItems", Router.Access.READ, this::excludedItems);
        router.add("GET", BASE + "/{policyId}/regions", Router.Access.READ, this::regions);
        router.add("POST", BASE + "/{policyId}/enable", Router.Access.WRITE, r -> enable(r, true));
        router.add("POST", BASE + "/{policyId}/disable", Router.Access.WRITE, r -> enable(r, false));
        router.add("POST", BASE + "/orderPriorities", Router.Access.WRITE, this::orderPriorities);
        // Export and cost estimates read; the viewer may call them although they are POSTs.
        router.add("POST", BASE + "/export", Router.Access.READ, this::export);
        router.add("POST", BASE + "/cost", Router.Access.READ, this::estimate);
        router.add("GET", BASE + "/{policyId}/cost", Router.Access.READ, this::cost);
    }

    private RouteResponse ok(Object body) {
        return RouteResponse.json(json, 200, body);
    }

    private RouteResponse list(RoutedRequest request) {
        ApplianceView view = appliance.view();
        String search = request.query().first("SearchPattern");
        String vmId = request.query().first("VirtualMachineId");
        EstateInstance instance = vmId == null ? null : view.estate().instance(vmId);
        List<SlaPolicy> policies = new ArrayList<>();
        for (StoredPolicy policy : view.state().policies()) {
            if (!Listing.matches(search, policy.name())) {
                continue;
            }
            if (vmId != null && (instance == null || !view.timeline(policy).isMember(instance.index()))) {
                continue;
            }
            policies.add(view.toApi(policy));
        }
        return ok(Listing.page(policies, request.query(), true));
    }

    private RouteResponse create(RoutedRequest request) {
        SlaPolicySpec spec = request.json(json, SlaPolicySpec.class);
        return ok(answer(appliance.change(view -> changed(view, view.model().book().create(view.state(), spec)))));
    }

    private RouteResponse get(RoutedRequest request) {
        ApplianceView view = appliance.view();
        return ok(view.toApiWithWarning(view.policy(request.pathParam("policyId"))));
    }

    private RouteResponse modify(RoutedRequest request) {
        String id = request.pathParam("policyId");
        appliance.view().policy(id);
        SlaPolicySpec spec = request.json(json, SlaPolicySpec.class);
        return ok(answer(appliance.change(view -> changed(view, view.model().book().modify(view.state(), id, spec)))));
    }

    /** A changed policy with the state the change made, to answer from once the change is written. */
    private record Changed(ApplianceView after, StoredPolicy policy) {
    }

    private static StateStore.Change<Changed> changed(ApplianceView before, StateStore.Change<StoredPolicy> change) {
        return new StateStore.Change<>(change.state(), new Changed(before.after(change.state()), change.result()));
    }

    /**
     * The API form of the changed policy, as the state right after the change numbers it: worked out
     * after the change is written, outside the state lock (states are immutable), so changes queued
     * behind it do not wait for its warning.
     */
    private static SlaPolicy answer(Changed changed) {
        return changed.after().toApiWithWarning(changed.policy());
    }

    private RouteResponse delete(RoutedRequest request) {
        String id = request.pathParam("policyId");
        appliance.change(view -> view.model().book().delete(view.state(), id));
        return RouteResponse.empty(204);
    }

    private RouteResponse enable(RoutedRequest request, boolean enabled) {
        String id = request.pathParam("policyId");
        appliance.change(view -> view.model().book().setEnabled(view.state(), id, enabled));
        return RouteResponse.empty(200);
    }

    private RouteResponse orderPriorities(RoutedRequest request) {
        PriorityOrder order = request.json(json, PriorityOrder.class);
        appliance.change(view -> view.model().book().orderPriorities(view.state(), order));
        return ok(Map.of());
    }

    private RouteResponse protectedResources(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        BitSet members = view.timeline(policy).current();
        List<EstateInstance> instances = new ArrayList<>();
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            instances.add(view.estate().instance(i));
        }
        instances.sort(Comparator.comparing(EstateInstance::name).thenComparing(i -> i.region().code()));
        List<ProtectedResource> resources = instances.stream()
                .map(i -> new ProtectedResource(i.id(), i.vm().awsResourceId(), vmLink(i), null, null, null, null))
                .toList();
        return ok(Listing.page(resources, request.query(), false));
    }

    private RouteResponse excludedItems(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        ScopeDefinition scope = ScopeDefinition.of(policy.spec());
        String search = request.query().first("SearchPattern");
        List<ExcludedItem> items = new ArrayList<>();
        for (String tagId : scope.excludedTagIds()) {
            CloudTag tag = view.estate().tag(tagId);
            String name = tag == null ? tagId : tag.key() + "=" + tag.value();
            if (Listing.matches(search, name)) {
                items.add(tag == null
                        ? new ExcludedItem(name, null, null, null, null, null, null, null, null, new DeletedItem(tagId, name, "Tag"))
                        : new ExcludedItem(name, new Link("tag", HttpFront.API + "/cloudInfrastructure/tags/" + tagId, "GET"),
                        null, null, null, null, null, null, null, null));
            }
        }
        BitSet excluded = view.model().scopes().excludedInstances(scope);
        List<EstateInstance> instances = new ArrayList<>();
        for (int i = excluded.nextSetBit(0); i >= 0; i = excluded.nextSetBit(i + 1)) {
            instances.add(view.estate().instance(i));
        }
        instances.sort(Comparator.comparing(EstateInstance::name).thenComparing(i -> i.region().code()));
        for (EstateInstance instance : instances) {
            if (Listing.matches(search, instance.name(), instance.vm().awsResourceId())) {
                items.add(new ExcludedItem(instance.name(), null, vmLink(instance), null, null, null, null, null, null, null));
            }
        }
        return ok(Listing.page(items, request.query(), false));
    }

    private RouteResponse regions(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        List<Region> regions = policy.spec().regionIds().stream().map(view.estate()::region)
                .filter(java.util.Objects::nonNull).map(EstateRegion::region).toList();
        return ok(Listing.page(regions, request.query(), false));
    }

    private RouteResponse export(RoutedRequest request) {
        ApplianceView view = appliance.view();
        String accept = request.header("Accept") == null ? "" : request.header("Accept").toLowerCase(Locale.ROOT);
        for (String type : accept.split(",")) {
            String mime = type.split(";")[0].trim();
            if (mime.equals("text/csv")) {
                String csv = view.model().export().csv(view.state().policies(), p -> view.timeline(p).current().cardinality());
                return RouteResponse.bytes(200, "text/csv; charset=utf-8", PolicyExport.utf8(csv));
            }
            if (mime.equals("application/xml") || mime.equals("text/xml")) {
                byte[] xml = view.model().export().xml(view.state().policies(), p -> view.timeline(p).current().cardinality());
                return RouteResponse.bytes(200, "application/xml; charset=utf-8", xml);
            }
        }
        throw new ApiProblem(406, io.vbaws.api.model.ApiValues.ErrorCode.UNEXPECTED_CONTENT, "Not Acceptable",
                "the export answers text/csv or application/xml; ask for one in the Accept header"
                        + (accept.isBlank() ? "" : " (Accept was '" + request.header("Accept") + "')"), null);
    }

    private RouteResponse estimate(RoutedRequest request) {
        SlaPolicySpec spec = request.json(json, SlaPolicySpec.class);
        ApplianceView view = appliance.view();
        view.model().book().validateForEstimate(view.state(), spec);
        BitSet members = view.model().scopes().members(ScopeDefinition.of(spec));
        return ok(view.model().costs().estimate(spec, members));
    }

    private RouteResponse cost(RoutedRequest request) {
        ApplianceView view = appliance.view();
        StoredPolicy policy = view.policy(request.pathParam("policyId"));
        return ok(view.model().costs().estimate(policy.spec(), view.timeline(policy).current()));
    }

    static Link vmLink(EstateInstance instance) {
        return new Link("virtualMachine", HttpFront.API + "/virtualMachines/" + instance.id(), "GET");
    }
}
