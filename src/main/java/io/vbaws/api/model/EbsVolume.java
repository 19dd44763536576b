package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An EBS volume attached to an EC2 instance. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EbsVolume(
        String id,
        String awsResourceId,
        String name,
        Double sizeGigabytes,
        @JsonProperty("isSystem") Boolean isSystem,
        @JsonProperty("_links") List<Link> links) {
}
