package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** How many of a policy's instances met or missed the target, and how many were removed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaInstanceStatistics(
        Integer metTargetSla,
        Integer missedTargetSla,
        Integer removed) {
}
