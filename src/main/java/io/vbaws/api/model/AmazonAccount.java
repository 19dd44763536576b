package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An IAM role of an AWS account added to the appliance (GET /accounts/amazon). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AmazonAccount(
        String id,
        String name,
        String description,
        @JsonAlias("awsid") String awsAccountId,
        String regionType,
        String roleName,
        @JsonProperty("_links") List<Link> links) {
}
