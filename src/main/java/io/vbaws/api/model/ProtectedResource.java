package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A resource a policy protects. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProtectedResource(
        String id,
        String awsResourceId,
        Link virtualMachine,
        Link rds,
        Link efs,
        Link dynamoDb,
        DeletedItem deletedItem) {
}
