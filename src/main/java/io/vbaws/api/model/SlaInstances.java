package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The slaInstances answer: statistics and one row per instance. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaInstances(
        SlaInstanceStatistics statistics,
        List<SlaInstance> results,
        Integer totalCount) {
}
