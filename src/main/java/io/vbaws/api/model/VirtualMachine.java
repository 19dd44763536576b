package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An EC2 instance known to the appliance (GET /virtualMachines). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VirtualMachine(
        String id,
        String name,
        String awsResourceId,
        String instanceType,
        Double instanceSizeGigabytes,
        RegionRef region,
        String resourceAwsAccountId,
        Integer policiesCount,
        String backupState,
        @JsonProperty("isDeleted") Boolean isDeleted,
        @JsonProperty("_links") List<Link> links) {
}
