package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One snapshot replica route: source region to target region, with role and key. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplicaMapping(
        String sourceRegionId,
        String targetRegionId,
        @JsonProperty("targetIAMRoleId") String targetIAMRoleId,
        String encryptionKey,
        Boolean encryptOnlyEncryptedVolumes) {
}
