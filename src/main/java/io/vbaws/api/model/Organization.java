package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An AWS organization added to the appliance, with its OUs and members. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(
        String id,
        String name,
        String description,
        String awsOrganizationId,
        List<OrganizationUnit> units,
        List<OrganizationMember> members,
        @JsonProperty("_links") List<Link> links) {
}
