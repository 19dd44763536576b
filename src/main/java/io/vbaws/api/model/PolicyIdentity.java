package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The identity a policy backs up with: an IAM role of a standalone account, or an organization. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PolicyIdentity(
        String id,
        String type,
        String awsId,
        String name,
        String regionType) {
}
