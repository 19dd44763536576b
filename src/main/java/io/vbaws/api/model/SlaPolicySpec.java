package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of create, modify and cost for an EC2 SLA-based policy, field for field as the 1.8
 * reference names it. A null field is left out of the JSON, so the appliance applies its default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaPolicySpec(
        String name,
        String description,
        String identityId,
        String backupType,
        SelectedItems selectedItems,
        ExcludedItems excludedItems,
        List<String> regionIds,
        String storageTemplateId,
        String slaTemplateId,
        SnapshotSettings snapshotSettings,
        ReplicaSettings replicaSettings,
        RetrySettings retrySettings,
        NotificationSettings notificationSettings,
        ProductionWorkersSettings productionWorkersSettings,
        OrganizationSettings organizationSettings) {
}
