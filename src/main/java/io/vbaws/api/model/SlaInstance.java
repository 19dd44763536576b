package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One instance's SLA compliance under a policy: planned = successful + missed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaInstance(
        String instanceId,
        String instanceName,
        String status,
        Double achievedSlaPercent,
        Integer planned,
        Integer successful,
        Integer missed) {
}
