package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A KMS key seen through an Amazon connection (CloudEncryptionKey); alias is ours, when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EncryptionKey(
        String arn,
        String name,
        String alias) {
}
