package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Ec2PolicyExcludedBackupItems: instances, tags and volumes a policy leaves out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExcludedItems(
        List<String> virtualMachineIds,
        List<String> tagIds,
        ExcludedVolumes excludedVolumes) {
}
