package io.vbaws.inventory;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import java.util.List;

/** Volumes and keys asked of the appliance itself, when resolution first needs them. */
final class ApplianceLookups implements DeferredLookups {

    private final ApplianceClient client;

    ApplianceLookups(ApplianceClient client) {
        this.client = client;
    }

    @Override
    public List<EbsVolume> volumes(String virtualMachineId) {
        return client.volumes(virtualMachineId);
    }

    @Override
    public List<EncryptionKey> encryptionKeys(String accountId, String regionId) {
        return client.encryptionKeys(accountId, regionId);
    }
}
