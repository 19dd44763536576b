package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of POST /amazonConnections: which account's role, in which region. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AmazonConnectionSpec(
        @JsonProperty("AmazonAccountId") String amazonAccountId,
        @JsonProperty("RegionId") String regionId) {
}
