package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A resource excluded from a policy, as links to what it is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExcludedItem(
        String name,
        Link tag,
        Link virtualMachine,
        Link rds,
        Link efs,
        Link dynamoDb,
        Link fsx,
        Link redshift,
        Link redshiftServerless,
        DeletedItem deletedItem) {
}
