package io.vbaws.inventory;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VirtualMachine;
import java.util.List;

/**
 * The appliance's collections as fetched for one run. A collection the run did not need is empty.
 * Volumes and encryption keys are not here: they are fetched per instance and per account and
 * region, only when asked for ({@link DeferredLookups}).
 */
public record InventorySnapshot(
        List<Region> regions,
        List<CloudTag> tags,
        List<VirtualMachine> virtualMachines,
        List<AmazonAccount> accounts,
        List<Organization> organizations,
        List<SlaTemplate> slaTemplates,
        List<StorageTemplate> storageTemplates) {

    public InventorySnapshot {
        regions = copy(regions);
        tags = copy(tags);
        virtualMachines = copy(virtualMachines);
        accounts = copy(accounts);
        organizations = copy(organizations);
        slaTemplates = copy(slaTemplates);
        storageTemplates = copy(storageTemplates);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
