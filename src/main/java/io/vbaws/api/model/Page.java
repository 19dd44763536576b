package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The appliance's collection envelope; the policy collection also echoes offset and limit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(
        Integer offset,
        Integer limit,
        Integer totalCount,
        List<T> results,
        @JsonProperty("_links") List<Link> links) {
}
