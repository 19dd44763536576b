package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A session of the appliance (GET /sessions). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(
        String id,
        String type,
        String status,
        String result,
        String reason,
        String executionStartTime,
        String executionStopTime,
        Long executionDuration,
        Long usn,
        String policyId,
        @JsonProperty("_links") List<Link> links) {
}
