package io.vbaws.inventory;

import io.vbaws.declaration.ReplicaRoute;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.Declarations;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.VirtualMachineQuery;
import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.concurrent.DaemonWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Fetches the collections a run needs from the appliance, concurrently and once each, into an
 * {@link InventoryIndex}: regions, templates and IAM roles, which every run reads, from the moment
 * the loader is made (so a loader made as soon as the appliance is known reads them while the
 * scripts are still being evaluated); then, once the scripts say what they need, tags and
 * organizations, the instances of the regions that need them (one request per region), and the KMS
 * keys of every replica route that names one, all side by side. Volumes are asked for only when a
 * script names a volume, instance by instance. A loader loads once; {@link #close} stops what a
 * loader that is never used has started.
 */
public final class InventoryLoader implements AutoCloseable {

    /** Requests in flight at once: enough to overlap latency, few enough to be kind to an appliance. */
    static final int PARALLEL_REQUESTS = 4;

    private final ApplianceClient client;
    private final ExecutorService pool;
    private final Future<List<Region>> regions;
    private final Future<List<SlaTemplate>> slaTemplates;
    private final Future<List<StorageTemplate>> storageTemplates;
    private final Future<List<AmazonAccount>> accounts;
    private boolean used;

    /** Starts reading the regions, templates and IAM roles at once. */
    public InventoryLoader(ApplianceClient client) {
        this.client = Objects.requireNonNull(client, "client");
        this.pool = DaemonWork.pool(PARALLEL_REQUESTS, "vbaws-inventory");
        this.regions = pool.submit(client::regions);
        this.slaTemplates = pool.submit(client::slaTemplates);
        this.storageTemplates = pool.submit(client::storageTemplates);
        this.accounts = pool.submit(client::accounts);
    }

    /** The inventory resolving {@code declarations} needs, keys of replica routes already fetched. */
    public InventoryIndex load(Declarations declarations) {
        try {
            PrefetchedLookups lookups = new PrefetchedLookups(new ApplianceLookups(client));
            InventoryIndex index = load(InventoryNeeds.of(declarations), pool, lookups, regions -> prefetchKeys(regions, declarations, lookups));
            lookups.awaitAll();
            return index;
        } finally {
            close();
        }
    }

    /** The inventory {@code needs} names. */
    public InventoryIndex load(InventoryNeeds needs) {
        try {
            return load(needs, pool, new ApplianceLookups(client), regions -> { });
        } finally {
            close();
        }
    }

    /** Stops the reads still in flight; a loader that has loaded is closed already. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /**
     * Loads what {@code needs} names; once the instances are asked for, {@code alongside} gets the
     * regions, to start what else can be read meanwhile.
     */
    private InventoryIndex load(InventoryNeeds needs, ExecutorService pool, DeferredLookups lookups,
                                Consumer<List<Region>> alongside) {
        synchronized (this) {
            if (used) {
                throw new IllegalStateException("an InventoryLoader loads once; make another");
            }
            used = true;
        }
        Future<List<CloudTag>> tags = needs.tags() ? pool.submit(client::tags) : none();
        Future<List<Organization>> organizations = needs.organizations() ? pool.submit(client::organizations) : none();

        List<Region> knownRegions = await(regions);
        List<Future<List<VirtualMachine>>> instances = new ArrayList<>();
        if (needs.allInstances()) {
            instances.add(pool.submit(() -> client.virtualMachines(VirtualMachineQuery.all())));
        } else {
            for (String code : needs.sortedInstanceRegions()) {
                // A code the appliance does not know is resolution's to report, with suggestions.
                knownRegions.stream().filter(r -> code.equals(r.name()) || code.equals(r.id())).findFirst().ifPresent(region ->
                        instances.add(pool.submit(() -> client.virtualMachines(VirtualMachineQuery.inRegion(region.id())))));
            }
        }
        alongside.accept(knownRegions);
        List<VirtualMachine> virtualMachines = new ArrayList<>();
        for (Future<List<VirtualMachine>> inRegion : instances) {
            virtualMachines.addAll(await(inRegion));
        }
        InventorySnapshot snapshot = new InventorySnapshot(knownRegions, await(tags), virtualMachines, await(accounts),
                await(organizations), await(slaTemplates), await(storageTemplates));
        return new InventoryIndex(snapshot, lookups);
    }

    /**
     * Starts fetching the keys each replica route with a key will be resolved against, its role and
     * target region named as an index of {@code regions} and the IAM roles alone resolves them (made
     * only when a route names a key); a route they do not name uniquely is left to resolution, which
     * reports it.
     */
    private void prefetchKeys(List<Region> regions, Declarations declarations, PrefetchedLookups lookups) {
        InventoryIndex names = null;
        for (PolicyDeclaration policy : declarations.policies()) {
            if (policy.replicas() == null || policy.replicas().routes() == null) {
                continue;
            }
            for (ReplicaRoute route : policy.replicas().routes()) {
                if (route.key() == null || route.to() == null || route.role() == null) {
                    continue;
                }
                if (names == null) {
                    names = new InventoryIndex(new InventorySnapshot(regions, List.of(), List.of(), await(accounts), List.of(),
                            List.of(), List.of()), DeferredLookups.NONE);
                }
                Match<Region> to = names.region(route.to().name());
                Match<AmazonAccount> role = names.account(route.role().name());
                if (to.isUnique() && role.isUnique()) {
                    lookups.prefetchKeys(role.value().id(), to.value().id(), pool);
                }
            }
        }
    }

    private static <T> Future<List<T>> none() {
        return CompletableFuture.completedFuture(List.of());
    }

    /** The future's value; its failure rethrown as it was (an ApiException stays one). */
    private static <T> T await(Future<T> future) {
        return DaemonWork.value(future, "reading the appliance's inventory");
    }
}
