package io.vbaws.inventory;

import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import io.vbaws.concurrent.DaemonWork;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Deferred lookups some of whose KMS keys were asked for ahead of resolution, side by side with the
 * rest of the inventory: resolution gets those answers (or their failure, as it was) and asks the
 * appliance for anything else when it first needs it.
 */
final class PrefetchedLookups implements DeferredLookups {
    private final DeferredLookups appliance;
    private final Map<String, Future<List<EncryptionKey>>> keys = new ConcurrentHashMap<>();

    PrefetchedLookups(DeferredLookups appliance) {
        this.appliance = appliance;
    }

    /** Starts fetching the keys IAM role {@code accountId} sees in {@code regionId} on {@code pool}, once. */
    void prefetchKeys(String accountId, String regionId, ExecutorService pool) {
        keys.computeIfAbsent(accountId + "|" + regionId, k -> pool.submit(() -> appliance.encryptionKeys(accountId, regionId)));
    }

    /** Waits for every prefetch; the first failure is thrown as it was. */
    void awaitAll() {
        keys.values().forEach(PrefetchedLookups::value);
    }

    @Override
    public List<EbsVolume> volumes(String virtualMachineId) {
        return appliance.volumes(virtualMachineId);
    }

    @Override
    public List<EncryptionKey> encryptionKeys(String accountId, String regionId) {
        Future<List<EncryptionKey>> fetched = keys.get(accountId + "|" + regionId);
        return fetched == null ? appliance.encryptionKeys(accountId, regionId) : value(fetched);
    }

    private static List<EncryptionKey> value(Future<List<EncryptionKey>> fetched) {
        return DaemonWork.value(fetched, "reading the appliance's KMS keys");
    }
}
