package io.vbaws.repl;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.VirtualMachineQuery;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The names for Tab completion, read from the appliance on the first completion of a session (not
 * at start-up: a large estate has tens of thousands of instances), the five collections at once,
 * then kept until {@link #refresh()}. A collection that cannot be read offers no names, rather
 * than breaking the prompt.
 */
public final class CompletionInventory {
    private final ApplianceClient client;
    private final ExecutorService pool;
    private InventoryNames names;

    /** Reads through {@code client}, the collections in parallel on {@code pool}. */
    public CompletionInventory(ApplianceClient client, ExecutorService pool) {
        this.client = client;
        this.pool = pool;
    }

    /** The names, read now if this is the first time since start or refresh. */
    public synchronized InventoryNames names() {
        if (names == null) {
            names = fetch();
        }
        return names;
    }

    /** Forgets the names; the next completion reads them again. */
    public synchronized void refresh() {
        names = null;
    }

    /** Whether the names have been read (and not refreshed since). */
    public synchronized boolean loaded() {
        return names != null;
    }

    private InventoryNames fetch() {
        CompletableFuture<List<String>> policies = read(client::allPolicies, SlaPolicy::name);
        CompletableFuture<List<String>> instances = read(() -> client.virtualMachines(VirtualMachineQuery.all()),
                VirtualMachine::name);
        CompletableFuture<List<String>> regions = read(client::regions, Region::name);
        CompletableFuture<List<String>> slaTemplates = read(client::slaTemplates, SlaTemplate::name);
        CompletableFuture<List<String>> storageTemplates = read(client::storageTemplates, StorageTemplate::name);
        List<String> templates = new ArrayList<>(slaTemplates.join());
        templates.addAll(storageTemplates.join());
        return new InventoryNames(policies.join(), instances.join(), regions.join(), templates);
    }

    private <T> CompletableFuture<List<String>> read(Supplier<List<T>> collection, Function<T, String> name) {
        return CompletableFuture.supplyAsync(() -> collection.get().stream().map(name).filter(Objects::nonNull)
                .distinct().sorted().toList(), pool).exceptionally(e -> List.of());
    }
}
