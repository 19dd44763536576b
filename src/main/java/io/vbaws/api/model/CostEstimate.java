package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The estimated monthly cost of a policy or a policy specification. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostEstimate(
        List<InstanceCost> instancesCosts,
        @JsonProperty("isEmpty") Boolean isEmpty,
        BigDecimal totalSnapshotCost,
        BigDecimal totalReplicaCost,
        BigDecimal totalBackupCost,
        BigDecimal totalBackupCopyCost,
        BigDecimal totalTrafficCost,
        BigDecimal totalTransactionCost,
        BigDecimal totalCost) {
}
