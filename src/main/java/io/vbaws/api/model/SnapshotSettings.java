package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Ec2PolicySnapshotSettings: cloud-native snapshot options of a policy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SnapshotSettings(
        List<KeyValueTag> additionalTags,
        Boolean copyTagsFromVolumeEnabled,
        @JsonProperty("tryCreateVSSSnapshot") Boolean tryCreateVSSSnapshot,
        SnapshotScripts snapshotScripts) {
}
