package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The volumes a policy leaves out: all system volumes, and chosen ones. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExcludedVolumes(
        Boolean excludeSystemVolumes,
        List<VolumeRef> excludedItems) {
}
