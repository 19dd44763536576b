package io.vbaws.plan;

import io.vbaws.text.NameGlob;

import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.inventory.IdKind;
import io.vbaws.inventory.DesiredState;
import io.vbaws.inventory.IdNames;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ProtectionMark;
import io.vbaws.inventory.ResolvedPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what the scripts declare with what the appliance holds, matched by policy name, and
 * answers the changes that bring the appliance to the scripts, in the order apply must run them.
 */
public final class Planner {
    private final SpecOverlay overlay = new SpecOverlay();
    private final PriorityPlanner priorities = new PriorityPlanner();

    /**
     * The plan for {@code desired} against {@code live} (every policy on the appliance).
     *
     * @throws PlanException when no safe plan exists: two desired policies share a priority, names
     *     repeat, a policy replicates a region twice, or {@code --prune} meets a policy that no
     *     script declares any more but whose description on the appliance still records
     *     {@code protect true}, or a --target or --exclude matches no policy. A policy a protect rule names is never deleted: {@code --prune}
     *     leaves it alone and the plan lists it.
     */
    public Plan plan(DesiredState desired, List<SlaPolicy> live, IdNames names, PlanOptions options) {
        PolicyScope scope = PolicyScope.of(options);
        Set<String> known = new TreeSet<>(); // sorted: suggestions of equal distance come in one order
        desired.policies().stream().map(ResolvedPolicy::name).filter(Objects::nonNull).forEach(known::add);
        live.stream().map(SlaPolicy::name).filter(Objects::nonNull).forEach(known::add);
        List<String> unmatched = scope.unmatched(known);
        if (!unmatched.isEmpty()) {
            throw new PlanException(unmatched);
        }
        PolicyDiff diff = new PolicyDiff(names);
        Map<String, ResolvedPolicy> declared = declaredByName(desired.policies());
        Map<String, SlaPolicy> liveByName = liveByName(live, scope);

        List<ResolvedPolicy> managed = desired.policies().stream().filter(p -> scope.includes(p.name())).toList();
        List<PolicyChange> writes = new ArrayList<>();
        List<PolicyChange> switches = new ArrayList<>();
        List<ResolvedPolicy> creates = new ArrayList<>();
        for (ResolvedPolicy policy : managed) {
            requireOneRoutePerRegion(policy.name(), policy.spec(), "the scripts", names);
            SlaPolicy current = liveByName.get(policy.name());
            SlaPolicySpec wanted = withProtection(policy, current);
            if (current == null) {
                creates.add(policy);
                writes.add(new PolicyChange(ChangeAction.CREATE, policy.name(), null, null, policy.declaredAt(),
                        diff.creation(wanted), 0, wanted));
                // The appliance creates policies enabled.
                if (Boolean.FALSE.equals(policy.enabled())) {
                    switches.add(onOff(policy, null, null, true));
                }
                continue;
            }
            requireOneRoutePerRegion(policy.name(), current.toSpec(), "the appliance", names);
            SpecDiff fields = diff.between(wanted, current, policy.cleared());
            if (!fields.isEmpty()) {
                writes.add(new PolicyChange(ChangeAction.UPDATE, policy.name(), current.id(), current.usn(),
                        policy.declaredAt(), fields.changes(), fields.unchanged(), overlay.overlay(current, wanted, policy.cleared())));
            }
            boolean enabledNow = Boolean.TRUE.equals(current.isEnabled());
            if (policy.enabled() != null && policy.enabled() != enabledNow) {
                switches.add(onOff(policy, current.id(), current.usn(), enabledNow));
            }
        }

        List<PolicyChange> deletes = new ArrayList<>();
        List<String> unmanaged = new ArrayList<>();
        List<ProtectedPolicy> kept = new ArrayList<>();
        List<String> removedProtected = new ArrayList<>();
        for (SlaPolicy policy : live) {
            if (!scope.includes(policy.name()) || declared.containsKey(policy.name())) {
                continue;
            }
            if (!options.prune()) {
                unmanaged.add(policy.name());
                continue;
            }
            ProtectRule rule = protecting(policy.name(), desired.protectRules());
            if (rule != null) {
                kept.add(new ProtectedPolicy(policy.name(), rule));
                continue;
            }
            if (ProtectionMark.split(policy.description()).marked()) {
                removedProtected.add(policy.name());
                continue;
            }
            deletes.add(new PolicyChange(ChangeAction.DELETE, policy.name(), policy.id(), policy.usn(), null,
                    List.of(), 0, null));
        }

        if (!removedProtected.isEmpty()) {
            throw new PlanException(removedProtectedProblems(removedProtected));
        }

        Set<String> deletedIds = new HashSet<>();
        deletes.forEach(change -> deletedIds.add(change.id()));
        PriorityPlanner.Outcome order = priorities.plan(live, deletedIds, creates, managed);

        List<PolicyChange> changes = new ArrayList<>(writes);
        changes.addAll(switches);
        changes.addAll(order.reorders());
        changes.addAll(deletes);
        List<LiveVersion> versions = live.stream().map(p -> new LiveVersion(p.name(), p.id(), p.usn())).toList();
        return new Plan(changes, unmanaged, order.order(), versions, kept);
    }

    /**
     * The policy's spec with the description it must end with: the script's text and protection
     * where it writes them, the appliance's where it leaves them alone.
     */
    private static SlaPolicySpec withProtection(ResolvedPolicy policy, SlaPolicy live) {
        String description = ProtectionMark.wanted(policy.spec().description(), policy.protect(),
                live == null ? null : live.description());
        return Objects.equals(description, policy.spec().description())
                ? policy.spec()
                : policy.spec().toBuilder().description(description).build();
    }

    /** One problem per policy a script removed while the appliance still records it as protected. */
    private static List<String> removedProtectedProblems(List<String> policies) {
        List<String> lines = new ArrayList<>();
        for (String name : policies) {
            lines.add(name + " is protected on the appliance (it was applied with \"protect true\"); no script declares it"
                    + " any more. To delete it, apply it once with \"protect false\", then remove its block.");
        }
        return lines;
    }

    private static PolicyChange onOff(ResolvedPolicy policy, String id, Long usn, boolean enabledNow) {
        boolean enable = policy.enabled();
        return new PolicyChange(enable ? ChangeAction.ENABLE : ChangeAction.DISABLE, policy.name(), id, usn,
                policy.declaredAt(), List.of(new FieldChange("isEnabled", enabledNow, enable)), 0, null);
    }

    private static ProtectRule protecting(String name, List<ProtectRule> rules) {
        for (ProtectRule rule : rules) {
            if (new NameGlob(rule.pattern()).matches(name)) {
                return rule;
            }
        }
        return null;
    }

    private static Map<String, ResolvedPolicy> declaredByName(List<ResolvedPolicy> policies) {
        Map<String, ResolvedPolicy> byName = new LinkedHashMap<>();
        for (ResolvedPolicy policy : policies) {
            ResolvedPolicy earlier = byName.putIfAbsent(policy.name(), policy);
            if (earlier != null) {
                throw new PlanException("policy '" + policy.name() + "' is declared twice: " + earlier.declaredAt()
                        + " and " + policy.declaredAt());
            }
        }
        return byName;
    }

    /** Live policies in scope by name; two with one name cannot be matched to a script. */
    private static Map<String, SlaPolicy> liveByName(List<SlaPolicy> live, PolicyScope scope) {
        Map<String, SlaPolicy> byName = new LinkedHashMap<>();
        for (SlaPolicy policy : live) {
            if (!scope.includes(policy.name())) {
                continue;
            }
            SlaPolicy earlier = byName.putIfAbsent(policy.name(), policy);
            if (earlier != null) {
                throw new PlanException("the appliance holds two policies named '" + policy.name() + "' (IDs "
                        + earlier.id() + " and " + policy.id() + "); rename one on the appliance or --exclude the name");
            }
        }
        return byName;
    }

    private static void requireOneRoutePerRegion(String policy, SlaPolicySpec spec, String where, IdNames names) {
        String repeated = ReplicaRoutes.repeatedSource(ReplicaRoutes.of(spec));
        if (repeated != null) {
            throw new PlanException("policy '" + policy + "' in " + where + " replicates source region " + names.nameOf(IdKind.REGION, repeated)
                    + " twice; vbaws keys replica mappings by source region");
        }
    }
}
