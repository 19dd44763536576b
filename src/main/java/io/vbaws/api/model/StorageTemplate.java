package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A storage template: the default backup repository, per-region ones and an archive repository. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StorageTemplate(
        String id,
        String name,
        String description,
        String defaultRepositoryId,
        List<RegionRepository> regionRepositories,
        String archiveRepositoryId,
        @JsonProperty("_links") List<Link> links) {
}
