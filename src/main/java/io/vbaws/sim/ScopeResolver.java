package io.vbaws.sim;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.OrganizationMember;
import io.vbaws.api.model.OrganizationSettings;
import java.util.BitSet;
import java.util.List;

/**
 * Which instances a policy scope covers: those in its regions, owned by its identity's account (or
 * by the organization's member accounts, limited to an OU and minus excluded members), then the
 * selected instances and instances carrying selected tags (or all of them), minus the excluded
 * instances and instances carrying excluded tags. Exclusions always win.
 */
final class ScopeResolver {
    private final Estate estate;

    ScopeResolver(Estate estate) {
        this.estate = estate;
    }

    /** The instances the scope protects. */
    BitSet members(ScopeDefinition scope) {
        BitSet candidates = candidates(scope);
        BitSet members;
        if (ApiValues.BackupType.SELECTED_ITEMS.equals(scope.backupType())) {
            members = instances(scope.selectedInstanceIds());
            members.or(tagged(scope.selectedTagIds()));
            members.and(candidates);
        } else {
            members = candidates;
        }
        members.andNot(excluded(scope));
        return members;
    }

    /** The instances the exclusions remove: those in scope that an excluded tag or ID names, and every excluded ID. */
    BitSet excludedInstances(ScopeDefinition scope) {
        BitSet tagged = tagged(scope.excludedTagIds());
        tagged.and(candidates(scope));
        tagged.or(instances(scope.excludedInstanceIds()));
        return tagged;
    }

    /** Instances in the scope's regions and accounts, before selection and exclusions. */
    BitSet candidates(ScopeDefinition scope) {
        BitSet inRegions = new BitSet();
        for (String regionId : scope.regionIds()) {
            EstateRegion region = estate.region(regionId);
            if (region != null) {
                inRegions.or(estate.instancesIn(region));
            }
        }
        inRegions.and(owned(scope));
        return inRegions;
    }

    private BitSet owned(ScopeDefinition scope) {
        AmazonAccount account = scope.identityId() == null ? null : estate.account(scope.identityId());
        if (account != null) {
            return estate.instancesOwnedBy(account.awsAccountId());
        }
        BitSet owned = new BitSet();
        if (scope.identityId() == null || !scope.identityId().equals(estate.organization().id())) {
            return owned;
        }
        OrganizationSettings settings = scope.organizationSettings();
        String unit = settings == null ? null : settings.limitedScopeId();
        List<String> excludedMembers = settings == null || settings.excludedMembers() == null
                ? List.of() : settings.excludedMembers();
        for (OrganizationMember member : estate.organization().members()) {
            if ((unit == null || unit.equals(member.unitId())) && !excludedMembers.contains(member.id())) {
                owned.or(estate.instancesOwnedBy(member.awsAccountId()));
            }
        }
        return owned;
    }

    private BitSet excluded(ScopeDefinition scope) {
        BitSet excluded = instances(scope.excludedInstanceIds());
        excluded.or(tagged(scope.excludedTagIds()));
        return excluded;
    }

    private BitSet instances(List<String> ids) {
        BitSet set = new BitSet();
        for (String id : ids) {
            EstateInstance instance = estate.instance(id);
            if (instance != null) {
                set.set(instance.index());
            }
        }
        return set;
    }

    private BitSet tagged(List<String> tagIds) {
        BitSet set = new BitSet();
        for (String id : tagIds) {
            set.or(estate.instancesTagged(id));
        }
        return set;
    }
}
