package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Ec2PolicyIncludedBackupItems: the instances and tags a SelectedItems policy protects. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelectedItems(
        List<String> virtualMachineIds,
        List<String> tagIds) {
}
