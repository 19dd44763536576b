package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** PolicyReplicaSettings: where snapshot replicas go, and how they are tagged. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplicaSettings(
        List<ReplicaMapping> mapping,
        List<KeyValueTag> additionalTags,
        Boolean copyTagsFromVolumeEnabled) {
}
