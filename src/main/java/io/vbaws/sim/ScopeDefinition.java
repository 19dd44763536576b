package io.vbaws.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.SelectedItems;
import io.vbaws.api.model.SlaPolicySpec;
import java.util.List;

/**
 * The part of a policy that decides which instances it protects: identity, regions, selection and
 * exclusions. The change history keeps one per version, so membership over time is known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record ScopeDefinition(
        String identityId,
        List<String> regionIds,
        String backupType,
        List<String> selectedInstanceIds,
        List<String> selectedTagIds,
        List<String> excludedInstanceIds,
        List<String> excludedTagIds,
        OrganizationSettings organizationSettings) {

    static ScopeDefinition of(SlaPolicySpec spec) {
        SelectedItems selected = spec.selectedItems();
        ExcludedItems excluded = spec.excludedItems();
        return new ScopeDefinition(spec.identityId(), orEmpty(spec.regionIds()), spec.backupType(),
                orEmpty(selected == null ? null : selected.virtualMachineIds()),
                orEmpty(selected == null ? null : selected.tagIds()),
                orEmpty(excluded == null ? null : excluded.virtualMachineIds()),
                orEmpty(excluded == null ? null : excluded.tagIds()),
                spec.organizationSettings());
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }
}
