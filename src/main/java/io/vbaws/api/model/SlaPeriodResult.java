package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One calculated SLA period (day, week or month) of a policy (slaResults). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaPeriodResult(
        String from,
        String to,
        Double achievedSlaPercent,
        Integer processedObjects,
        String status) {
}
