package io.vbaws.inventory;

import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import java.util.List;

/**
 * The inventory that is fetched only for what a run names: an instance's volumes, and the KMS
 * keys an IAM role sees in a region. {@link InventoryIndex} asks each question at most once.
 */
public interface DeferredLookups {

    /** The EBS volumes of the instance with appliance ID {@code virtualMachineId}. */
    List<EbsVolume> volumes(String virtualMachineId);

    /** The KMS keys the IAM role {@code accountId} (appliance ID) sees in region {@code regionId}. */
    List<EncryptionKey> encryptionKeys(String accountId, String regionId);

    /** Answers nothing: for a run that names no volumes and no keys. */
    DeferredLookups NONE = new DeferredLookups() {
        @Override
        public List<EbsVolume> volumes(String virtualMachineId) {
            return List.of();
        }

        @Override
        public List<EncryptionKey> encryptionKeys(String accountId, String regionId) {
            return List.of();
        }
    };
}
