package io.vbaws.plan;

import io.vbaws.api.model.SlaPolicy;
import io.vbaws.inventory.ResolvedPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where every policy ends up in the priority order. Policies with an explicit priority take those
 * positions; every other policy (managed without a priority, unmanaged, out of scope) keeps its
 * relative order in the remaining positions; the result is numbered 1..N over the policies on the
 * appliance after creates and deletes. A priority beyond N means last, in the order of the numbers.
 *
 * <p>The appliance is assumed to keep priorities contiguous and to append a created policy at the
 * end. So nothing is reordered unless an explicit priority moves something: gaps left by deletes,
 * and the order in which parallel creates land, are the appliance's to settle.
 */
final class PriorityPlanner {

    /** The outcome: the complete order for apply (null when not needed) and one change per moved policy. */
    record Outcome(PlannedOrder order, List<PolicyChange> reorders) {
    }

    /** A policy's place: on the appliance (id, live priority, usn) or to be created. */
    private record Slot(String name, String id, Integer livePriority, Long usn, ResolvedPolicy desired) {
    }

    Outcome plan(List<SlaPolicy> live, Set<String> deletedIds, List<ResolvedPolicy> creates, List<ResolvedPolicy> managed) {
        Map<String, ResolvedPolicy> explicit = explicitPriorities(managed);
        Map<String, ResolvedPolicy> managedByName = new HashMap<>();
        managed.forEach(policy -> managedByName.put(policy.name(), policy));

        List<SlaPolicy> liveOrder = live.stream()
                .sorted(Comparator.comparing(SlaPolicy::priority, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Slot> natural = new ArrayList<>();
        List<Slot> deleted = new ArrayList<>();
        for (SlaPolicy policy : liveOrder) {
            Slot slot = new Slot(policy.name(), policy.id(), policy.priority(), policy.usn(), managedByName.get(policy.name()));
            (deletedIds.contains(policy.id()) ? deleted : natural).add(slot);
        }
        for (ResolvedPolicy create : creates) {
            natural.add(new Slot(create.name(), null, null, null, create));
        }

        List<Slot> result = place(natural, explicit);
        boolean createPlaced = creates.stream().anyMatch(create -> create.priority() != null);
        if (result.equals(natural) && !createPlaced) {
            return new Outcome(null, List.of());
        }

        List<PlannedPriority> order = new ArrayList<>();
        List<PolicyChange> reorders = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            Slot slot = result.get(i);
            int position = i + 1;
            order.add(new PlannedPriority(slot.name(), slot.id(), position));
            boolean moved = slot.id() != null
                    ? !Objects.equals(slot.livePriority(), position)
                    : slot.desired().priority() != null;
            if (moved) {
                String reason = explicit.containsKey(slot.name()) ? null : reason(slot, natural, result, deleted);
                reorders.add(new PolicyChange(ChangeAction.REORDER, slot.name(), slot.id(), slot.usn(),
                        slot.desired() == null ? null : slot.desired().declaredAt(),
                        List.of(new FieldChange(PolicyChange.PRIORITY, slot.livePriority(), position)), 0, null, reason));
            }
        }
        for (Slot slot : deleted) {
            order.add(new PlannedPriority(slot.name(), slot.id(), order.size() + 1));
        }
        return new Outcome(new PlannedOrder(order), reorders);
    }

    /**
     * Why a policy no script places moves: the placed policies whose move crossed it (one that lands
     * above it from below "takes priority N", one that leaves from above it "moves to priority N"),
     * and the deleted policies that were above it.
     */
    private static String reason(Slot slot, List<Slot> natural, List<Slot> result, List<Slot> deleted) {
        int wasAt = natural.indexOf(slot);
        int nowAt = result.indexOf(slot);
        List<String> causes = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            Slot other = result.get(i);
            if (other == slot || other.desired() == null || other.desired().priority() == null) {
                continue;
            }
            int otherWasAt = natural.indexOf(other);
            boolean aboveBefore = otherWasAt < wasAt;
            boolean aboveNow = i < nowAt;
            if (aboveNow && !aboveBefore) {
                causes.add(other.name() + " takes priority " + (i + 1));
            } else if (aboveBefore && !aboveNow) {
                causes.add(other.name() + " moves to priority " + (i + 1));
            }
        }
        for (Slot gone : deleted) {
            if (gone.livePriority() != null && slot.livePriority() != null && gone.livePriority() < slot.livePriority()) {
                causes.add(gone.name() + " is deleted");
            }
        }
        return causes.isEmpty() ? "the priorities close up" : String.join("; ", causes);
    }

    /** Explicit priorities fill their positions; the rest keep their order in the gaps. */
    private static List<Slot> place(List<Slot> natural, Map<String, ResolvedPolicy> explicit) {
        Deque<Slot> others = new ArrayDeque<>();
        List<Slot> pinned = new ArrayList<>();
        for (Slot slot : natural) {
            (explicit.containsKey(slot.name()) ? pinned : others).add(slot);
        }
        pinned.sort(Comparator.comparing(slot -> explicit.get(slot.name()).priority()));
        Deque<Slot> pinnedQueue = new ArrayDeque<>(pinned);
        List<Slot> result = new ArrayList<>(natural.size());
        for (int position = 1; position <= natural.size(); position++) {
            Slot nextPinned = pinnedQueue.peekFirst();
            boolean pinnedHere = nextPinned != null && explicit.get(nextPinned.name()).priority() <= position;
            // When only pinned policies are left, those asking for a position beyond the end take the tail.
            result.add(pinnedHere || others.isEmpty() ? pinnedQueue.removeFirst() : others.removeFirst());
        }
        return result;
    }

    private static Map<String, ResolvedPolicy> explicitPriorities(List<ResolvedPolicy> managed) {
        Map<Integer, ResolvedPolicy> byPriority = new HashMap<>();
        Map<String, ResolvedPolicy> byName = new HashMap<>();
        for (ResolvedPolicy policy : managed) {
            Integer priority = policy.priority();
            if (priority == null) {
                continue;
            }
            if (priority < 1) {
                throw new PlanException("priority " + priority + " of policy '" + policy.name() + "' " + policy.declaredAt()
                        + " is not a position; priorities start at 1");
            }
            ResolvedPolicy earlier = byPriority.putIfAbsent(priority, policy);
            if (earlier != null) {
                throw new PlanException("priority " + priority + " is declared twice: by policy '" + earlier.name() + "' "
                        + earlier.declaredAt() + " and by policy '" + policy.name() + "' " + policy.declaredAt());
            }
            byName.put(policy.name(), policy);
        }
        return byName;
    }
}
