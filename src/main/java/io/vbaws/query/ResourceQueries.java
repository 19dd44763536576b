package io.vbaws.query;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.SlaInstancesQuery;
import io.vbaws.api.VirtualMachineQuery;
import io.vbaws.api.model.CostEstimate;
import io.vbaws.api.model.DeletedItem;
import io.vbaws.api.model.InstanceCost;
import io.vbaws.api.model.ProtectedResource;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.SlaInstances;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.text.NameSuggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resource questions: what a policy protects, excludes, covers and costs; which instances nothing protects. */
final class ResourceQueries {
    private final ApplianceClient client;
    private final TimeArguments time;
    private final SlaReferences references;
    private final InstanceRegions regions;
    private final NameSuggestions closest = new NameSuggestions(3);

    ResourceQueries(ApplianceClient client, TimeArguments time, SlaReferences references, InstanceRegions regions) {
        this.regions = regions;
        this.client = client;
        this.time = time;
        this.references = references;
    }

    QueryResult protectedResources(String policy) {
        SlaPolicy p = references.policy(policy);
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
            return Row.of("name", name).and("awsResourceId", r.awsResourceId()).and("type", ResourceKinds.of(r))
                    .and("isDeleted", d != null).and("id", r.id()).map();
        }).toList();
        return new QueryResult(p.name() + ": protected resources", rows);
    }

    QueryResult excludedItems(String policy) {
        SlaPolicy p = references.policy(policy);
        List<Map<String, Object>> rows = client.excludedItems(p.id()).stream().map(e -> {
            DeletedItem d = e.deletedItem();
            return Row.of("name", e.name() != null ? e.name() : d == null ? null : d.name())
                    .and("type", ResourceKinds.of(e)).and("isDeleted", d != null)
                    .and("id", d != null ? d.id() : ResourceKinds.linkedId(e)).map();
        }).toList();
        return new QueryResult(p.name() + ": excluded items", rows);
    }

    QueryResult regions(String policy) {
        SlaPolicy p = references.policy(policy);
        List<Map<String, Object>> rows = client.policyRegions(p.id()).stream().map(r -> Row.of("name", r.name())
                .and("optInStatus", r.optInStatus()).and("id", r.id()).map()).toList();
        return new QueryResult(p.name() + ": regions", rows);
    }

    QueryResult cost(String policy) {
        return cost(references.policy(policy));
    }

    /** As {@link #cost(String)}, for a policy already read. */
    QueryResult cost(SlaPolicy p) {
        CostEstimate c = client.policyCost(p.id());
        List<InstanceCost> perInstance = c == null || c.instancesCosts() == null ? List.of() : c.instancesCosts();
        List<Map<String, Object>> rows = perInstance.stream().map(i -> Row.of("instanceName", i.instanceName())
                .and("region", regions.of(i.instanceId()))
                .and("snapshotCost", i.snapshotCost()).and("replicaCost", i.replicaCost())
                .and("backupCost", i.backupCost()).and("backupCopyCost", i.backupCopyCost())
                .and("trafficCost", i.trafficCost()).and("transactionCost", i.transactionCost())
                .and("totalCost", i.totalCost()).and("instanceId", i.instanceId()).map()).toList();
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

    QueryResult virtualMachines(QueryOptions options) {
        String regionId = options.region() == null ? null : region(options.region()).id();
        List<VirtualMachine> vms = client.virtualMachines(new VirtualMachineQuery(regionId, null, null,
                options.search()));
        List<Map<String, Object>> rows = vms.stream().map(ResourceQueries::machineRow).toList();
        return new QueryResult(rows.size() + " EC2 instances", rows);
    }

    /** The EC2 instances no policy protects (deleted ones left out), in the given regions or all. */
    QueryResult unprotected(Collection<String> regionNames) {
        List<String> regionIds = new ArrayList<>();
        for (String name : regionNames) {
            regionIds.add(region(name).id());
        }
        List<VirtualMachine> vms = new ArrayList<>();
        if (regionIds.isEmpty()) {
            vms.addAll(client.virtualMachines(new VirtualMachineQuery(null, null, false, null)));
        } else {
            regionIds.forEach(id -> vms.addAll(client.virtualMachines(new VirtualMachineQuery(id, null, false, null))));
        }
        List<Map<String, Object>> rows = vms.stream().filter(v -> !Boolean.TRUE.equals(v.isDeleted()))
                .map(ResourceQueries::machineRow).toList();
        return new QueryResult(rows.size() + " EC2 instances in no policy's scope"
                + (regionNames.isEmpty() ? "" : " (" + String.join(", ", regionNames) + ")"), rows);
    }

    private static Map<String, Object> machineRow(VirtualMachine v) {
        return Row.of("name", v.name()).and("awsResourceId", v.awsResourceId())
                .and("region", v.region() == null ? null : v.region().name()).and("instanceType", v.instanceType())
                .and("policiesCount", v.policiesCount()).and("backupState", v.backupState())
                .and("isDeleted", v.isDeleted()).and("id", v.id()).map();
    }

    private Region region(String name) {
        List<Region> regions = client.regions();
        return regions.stream().filter(x -> name.equalsIgnoreCase(x.name()) || name.equalsIgnoreCase(x.id()))
                .findFirst().orElseThrow(() -> {
                    List<String> near = closest.closest(name, regions.stream().map(Region::name).toList());
                    return new QueryException("no region '" + name + "'"
                            + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near)));
                });
    }
}
