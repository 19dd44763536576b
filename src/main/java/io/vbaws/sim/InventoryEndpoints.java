package io.vbaws.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.AmazonConnection;
import io.vbaws.api.model.AmazonConnectionSpec;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.SystemVersion;
import io.vbaws.api.model.VirtualMachine;
import java.util.ArrayList;
import java.util.List;

/**
 * The supporting reads of NOTES.md: version, regions, tags, EC2 instances and their volumes, IAM
 * roles, organizations, SLA and storage templates, and KMS keys through an Amazon connection.
 */
final class InventoryEndpoints {
    /** The product version the simulated appliance reports. */
    static final String VERSION = "8.0.0.615";

    private final Appliance appliance;
    private final ObjectMapper json;

    InventoryEndpoints(Appliance appliance, ObjectMapper json) {
        this.appliance = appliance;
        this.json = json;
    }

    void register(Router router) {
        String api = HttpFront.API;
        router.add("GET", api + "/system/version", Router.Access.READ, r -> ok(new SystemVersion(VERSION)));
        router.add("GET", api + "/cloudInfrastructure/regions", Router.Access.READ, this::regions);
        router.add("GET", api + "/cloudInfrastructure/tags", Router.Access.READ, this::tags);
        router.add("GET", api + "/virtualMachines", Router.Access.READ, this::virtualMachines);
        router.add("GET", api + "/virtualMachines/{virtualMachineId}", Router.Access.READ, this::virtualMachine);
        router.add("GET", api + "/virtualMachines/{virtualMachineId}/volumes", Router.Access.READ, this::volumes);
        router.add("GET", api + "/accounts/amazon", Router.Access.READ, this::accounts);
        router.add("GET", api + "/organizations/amazon", Router.Access.READ,
                r -> page(List.of(appliance.view().estate().organization()), r));
        router.add("GET", api + "/policyTemplates/slaTemplates", Router.Access.READ,
                r -> page(appliance.view().estate().slaTemplates().stream()
                        .filter(t -> Listing.matches(r.query().first("SearchPattern"), t.name())).toList(), r));
        router.add("GET", api + "/policyTemplates/storageTemplates", Router.Access.READ, this::storageTemplates);
        // Browsing keys through a connection changes nothing, so the read-only viewer may do it.
        router.add("POST", api + "/amazonConnections", Router.Access.READ, this::connect);
        router.add("GET", api + "/amazonConnections/{connectionId}/cloudEncryptionKeys", Router.Access.READ, this::keys);
    }

    private RouteResponse ok(Object body) {
        return RouteResponse.json(json, 200, body);
    }

    private <T> RouteResponse page(List<T> items, RoutedRequest request) {
        return ok(Listing.page(items, request.query(), false));
    }

    private RouteResponse regions(RoutedRequest request) {
        String search = request.query().first("SearchPattern");
        List<Region> regions = appliance.view().estate().regions().stream().map(EstateRegion::region)
                .filter(r -> Listing.matches(search, r.name())).toList();
        return page(regions, request);
    }

    private RouteResponse tags(RoutedRequest request) {
        String search = request.query().first("SearchPattern");
        List<CloudTag> tags = appliance.view().estate().tags().stream()
                .filter(t -> Listing.matches(search, t.key() + "=" + t.value(), t.key(), t.value())).toList();
        return page(tags, request);
    }

    private RouteResponse virtualMachines(RoutedRequest request) {
        ApplianceView view = appliance.view();
        QueryParams q = request.query();
        String regionId = q.first("RegionId");
        String account = q.first("ResourceAwsAccountId");
        Boolean protectedOnly = q.bool("ProtectedByPolicy");
        String search = q.first("SearchPattern");
        List<VirtualMachine> result = new ArrayList<>();
        for (EstateInstance instance : view.estate().instances()) {
            if (regionId != null && !regionId.equals(instance.region().id())) {
                continue;
            }
            if (account != null && !account.equals(instance.awsAccountId())) {
                continue;
            }
            if (!Listing.matches(search, instance.name(), instance.vm().awsResourceId())) {
                continue;
            }
            if (protectedOnly != null && protectedOnly != (view.protectionCount(instance) > 0)) {
                continue;
            }
            result.add(view.toApi(instance));
        }
        return page(result, request);
    }

    private EstateInstance instance(ApplianceView view, RoutedRequest request) {
        EstateInstance instance = view.estate().instance(request.pathParam("virtualMachineId"));
        if (instance == null) {
            throw ApiProblem.notFound("no EC2 instance with id " + request.pathParam("virtualMachineId"));
        }
        return instance;
    }

    private RouteResponse virtualMachine(RoutedRequest request) {
        ApplianceView view = appliance.view();
        return ok(view.toApi(instance(view, request)));
    }

    private RouteResponse volumes(RoutedRequest request) {
        return page(instance(appliance.view(), request).volumes(), request);
    }

    private RouteResponse accounts(RoutedRequest request) {
        String search = request.query().first("SearchPattern");
        List<AmazonAccount> accounts = appliance.view().estate().accounts().stream()
                .filter(a -> Listing.matches(search, a.name(), a.awsAccountId())).toList();
        return page(accounts, request);
    }

    private RouteResponse storageTemplates(RoutedRequest request) {
        String repository = request.query().first("RepositoryId");
        List<StorageTemplate> templates = appliance.view().estate().storageTemplates().stream()
                .filter(t -> repository == null || repository.equals(t.defaultRepositoryId())
                        || repository.equals(t.archiveRepositoryId())
                        || (t.regionRepositories() != null && t.regionRepositories().stream()
                        .anyMatch(r -> repository.equals(r.repositoryId()))))
                .toList();
        return page(templates, request);
    }

    private RouteResponse connect(RoutedRequest request) {
        AmazonConnectionSpec spec = request.json(json, AmazonConnectionSpec.class);
        Estate estate = appliance.view().estate();
        List<String> problems = new ArrayList<>();
        AmazonAccount account = spec.amazonAccountId() == null ? null : estate.account(spec.amazonAccountId());
        EstateRegion region = spec.regionId() == null ? null : estate.region(spec.regionId());
        if (spec.amazonAccountId() == null) {
            problems.add("AmazonAccountId is required");
        } else if (account == null) {
            problems.add("AmazonAccountId refers to no IAM role: " + spec.amazonAccountId());
        }
        if (spec.regionId() == null) {
            problems.add("RegionId is required");
        } else if (region == null) {
            problems.add("RegionId refers to no region: " + spec.regionId());
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        return RouteResponse.json(json, 201, new AmazonConnection(estate.connection(account, region).id(), null));
    }

    private RouteResponse keys(RoutedRequest request) {
        Estate estate = appliance.view().estate();
        Estate.Connection connection = estate.connection(request.pathParam("connectionId"));
        if (connection == null) {
            throw ApiProblem.notFound("no Amazon connection with id " + request.pathParam("connectionId"));
        }
        return page(estate.keys(connection.account().awsAccountId(), connection.region().code()), request);
    }
}
