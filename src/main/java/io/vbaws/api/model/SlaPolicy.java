package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An EC2 SLA-based backup policy as the appliance returns it (Ec2SlaBasedPolicy). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaPolicy(
        String id,
        String name,
        String description,
        Integer priority,
        @JsonProperty("isEnabled") Boolean isEnabled,
        PolicyIdentity identity,
        Long usn,
        List<String> regionIds,
        String backupType,
        SelectedItems selectedItems,
        ExcludedItems excludedItems,
        RetrySettings retrySettings,
        NotificationSettings notificationSettings,
        String warning,
        String storageTemplateId,
        String slaTemplateId,
        SnapshotSettings snapshotSettings,
        ProductionWorkersSettings productionWorkersSettings,
        ReplicaSettings replicaSettings,
        OrganizationSettings organizationSettings) {

    /** The request body that would recreate this policy as it is: the read-only fields dropped. */
    public SlaPolicySpec toSpec() {
        return new SlaPolicySpec(name, description, identity == null ? null : identity.id(), backupType,
                selectedItems, excludedItems, regionIds, storageTemplateId, slaTemplateId, snapshotSettings,
                replicaSettings, retrySettings, notificationSettings, productionWorkersSettings,
                organizationSettings);
    }
}
