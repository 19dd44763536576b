package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One policy's SLA compliance per backup type (slaReport). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaReport(
        String id,
        String name,
        Integer priority,
        @JsonProperty("isEnabled") Boolean isEnabled,
        String description,
        SlaComplianceFigure snapshotSlaReport,
        SlaComplianceFigure replicaSlaReport,
        SlaComplianceFigure backupSlaReport,
        SlaComplianceFigure archiveSlaReport) {
}
