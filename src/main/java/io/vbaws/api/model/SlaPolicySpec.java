package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of create, modify and cost for an EC2 SLA-based policy, field for field as the 1.8
 * reference names it. A null field is left out of the JSON, so the appliance applies its default.
 * Build one with {@link #builder()}, or change some fields of one with {@link #toBuilder()}.
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

    /** A builder with every field null. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .name(name).description(description).identityId(identityId).backupType(backupType)
                .selectedItems(selectedItems).excludedItems(excludedItems).regionIds(regionIds)
                .storageTemplateId(storageTemplateId).slaTemplateId(slaTemplateId).snapshotSettings(snapshotSettings)
                .replicaSettings(replicaSettings).retrySettings(retrySettings).notificationSettings(notificationSettings)
                .productionWorkersSettings(productionWorkersSettings).organizationSettings(organizationSettings);
    }

    /** Sets fields by name, so callers never write a run of nulls in a fifteen-argument constructor. */
    public static final class Builder {
        private String name;
        private String description;
        private String identityId;
        private String backupType;
        private SelectedItems selectedItems;
        private ExcludedItems excludedItems;
        private List<String> regionIds;
        private String storageTemplateId;
        private String slaTemplateId;
        private SnapshotSettings snapshotSettings;
        private ReplicaSettings replicaSettings;
        private RetrySettings retrySettings;
        private NotificationSettings notificationSettings;
        private ProductionWorkersSettings productionWorkersSettings;
        private OrganizationSettings organizationSettings;

        private Builder() {
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder identityId(String value) {
            identityId = value;
            return this;
        }

        public Builder backupType(String value) {
            backupType = value;
            return this;
        }

        public Builder selectedItems(SelectedItems value) {
            selectedItems = value;
            return this;
        }

        public Builder excludedItems(ExcludedItems value) {
            excludedItems = value;
            return this;
        }

        public Builder regionIds(List<String> value) {
            regionIds = value;
            return this;
        }

        public Builder storageTemplateId(String value) {
            storageTemplateId = value;
            return this;
        }

        public Builder slaTemplateId(String value) {
            slaTemplateId = value;
            return this;
        }

        public Builder snapshotSettings(SnapshotSettings value) {
            snapshotSettings = value;
            return this;
        }

        public Builder replicaSettings(ReplicaSettings value) {
            replicaSettings = value;
            return this;
        }

        public Builder retrySettings(RetrySettings value) {
            retrySettings = value;
            return this;
        }

        public Builder notificationSettings(NotificationSettings value) {
            notificationSettings = value;
            return this;
        }

        public Builder productionWorkersSettings(ProductionWorkersSettings value) {
            productionWorkersSettings = value;
            return this;
        }

        public Builder organizationSettings(OrganizationSettings value) {
            organizationSettings = value;
            return this;
        }

        public SlaPolicySpec build() {
            return new SlaPolicySpec(name, description, identityId, backupType, selectedItems, excludedItems, regionIds,
                    storageTemplateId, slaTemplateId, snapshotSettings, replicaSettings, retrySettings,
                    notificationSettings, productionWorkersSettings, organizationSettings);
        }
    }
}
