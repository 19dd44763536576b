package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** The estimated monthly cost of protecting one instance, by kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstanceCost(
        String instanceId,
        String instanceName,
        BigDecimal snapshotCost,
        BigDecimal replicaCost,
        BigDecimal backupCost,
        BigDecimal backupCopyCost,
        BigDecimal trafficCost,
        BigDecimal transactionCost,
        BigDecimal totalCost) {
}
