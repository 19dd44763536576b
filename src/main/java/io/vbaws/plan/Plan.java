package io.vbaws.plan;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changes that bring the appliance to the scripts, in the order apply must run them (creates
 * and updates, then enable and disable, then reorder, deletes last), and what a later apply needs to
 * check that the appliance did not move underneath it.
 *
 * @param changes the ordered changes
 * @param unmanaged names of live policies, within the plan's scope, that no script declares and the
 *     plan leaves alone
 * @param priorityOrder the complete order for one {@code orderPriorities} call; null when the plan
 *     leaves priorities alone
 * @param liveVersions every live policy the plan read, with the usn it had
 * @param protectedFromPrune live policies, within the plan's scope, that no script declares and
 *     {@code --prune} leaves alone because a protect rule names them
 */
public record Plan(
        List<PolicyChange> changes,
        List<String> unmanaged,
        PlannedOrder priorityOrder,
        List<LiveVersion> liveVersions,
        List<ProtectedPolicy> protectedFromPrune) {

    public Plan {
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
        liveVersions = List.copyOf(liveVersions);
        protectedFromPrune = List.copyOf(protectedFromPrune);
    }

    /** A plan that prunes nothing protected. */
    public Plan(List<PolicyChange> changes, List<String> unmanaged, PlannedOrder priorityOrder, List<LiveVersion> liveVersions) {
        this(changes, unmanaged, priorityOrder, liveVersions, List.of());
    }

    /** Whether applying this plan would do nothing. */
    public boolean isEmpty() {
        return changes.isEmpty() && priorityOrder == null;
    }

    /** The names of the policies this plan touches, each once, in plan order. */
    public List<String> changedPolicies() {
        Set<String> names = new LinkedHashSet<>();
        for (PolicyChange change : changes) {
            names.add(change.policy());
        }
        return List.copyOf(names);
    }

    /** The count per action and the numbers of the summary line. */
    public PlanSummary summary() {
        int[] perAction = new int[ChangeAction.values().length];
        Set<String> changedExisting = new HashSet<>();
        for (PolicyChange change : changes) {
            perAction[change.action().ordinal()]++;
            boolean inPlace = change.action() != ChangeAction.CREATE && change.action() != ChangeAction.DELETE;
            if (inPlace && change.onExistingPolicy()) {
                changedExisting.add(change.id());
            }
        }
        return new PlanSummary(
                perAction[ChangeAction.CREATE.ordinal()],
                perAction[ChangeAction.UPDATE.ordinal()],
                perAction[ChangeAction.DELETE.ordinal()],
                perAction[ChangeAction.ENABLE.ordinal()],
                perAction[ChangeAction.DISABLE.ordinal()],
                perAction[ChangeAction.REORDER.ordinal()],
                perAction[ChangeAction.CREATE.ordinal()],
                changedExisting.size(),
                perAction[ChangeAction.DELETE.ordinal()]);
    }
}
