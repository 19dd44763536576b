package io.vbaws.inventory;

import io.vbaws.declaration.OrganizationIdentity;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.Declarations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which collections a run fetches. Regions, templates and IAM roles always (small, and every policy
 * names them); tags and organizations only when a script names one; instances only in the regions
 * of policies that name instances or volumes, or all of them for a caller that must name any ID.
 */
public record InventoryNeeds(boolean tags, boolean organizations, Set<String> instanceRegionCodes, boolean allInstances) {

    public InventoryNeeds {
        instanceRegionCodes = Set.copyOf(instanceRegionCodes);
    }

    /** Everything, every instance included: for naming any ID a live policy may hold. */
    public static InventoryNeeds all() {
        return new InventoryNeeds(true, true, Set.of(), true);
    }

    /** What resolving {@code declarations} needs. */
    public static InventoryNeeds of(Declarations declarations) {
        boolean tags = false;
        boolean organizations = false;
        Set<String> instanceRegions = new LinkedHashSet<>();
        for (PolicyDeclaration p : declarations.policies()) {
            organizations |= p.identity() instanceof OrganizationIdentity;
            tags |= p.include() != null && !p.include().tags().isEmpty();
            tags |= p.exclude() != null && !p.exclude().tags().isEmpty();
            boolean namesInstances = p.include() != null && !p.include().instances().isEmpty()
                    || p.exclude() != null && (!p.exclude().instances().isEmpty() || !p.exclude().volumes().isEmpty());
            if (namesInstances && p.regions() != null) {
                p.regions().forEach(r -> instanceRegions.add(r.name()));
            }
        }
        return new InventoryNeeds(tags, organizations, instanceRegions, false);
    }

    /** Whether any instance is to be fetched. */
    public boolean anyInstances() {
        return allInstances || !instanceRegionCodes.isEmpty();
    }

    List<String> sortedInstanceRegions() {
        return instanceRegionCodes.stream().sorted().toList();
    }
}
