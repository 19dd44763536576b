package io.vbaws.sim;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.PolicyPriority;
import io.vbaws.api.model.PriorityOrder;
import io.vbaws.api.model.RetrySettings;
import io.vbaws.api.model.SlaPolicySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes a policy can undergo, as pure functions from one {@link ApplianceState} to the next:
 * create, modify, delete, enable, disable and orderPriorities. Every change to a policy takes the
 * next value of the appliance-wide usn counter; the time of a change is the appliance's clock.
 */
final class PolicyBook {
    private final PolicyValidator validator;

    PolicyBook(Estate estate) {
        this.validator = new PolicyValidator(estate);
    }

    /** Checks a body for a cost estimate: every rule but the unique name (it may be an existing policy's). */
    void validateForEstimate(ApplianceState state, SlaPolicySpec body) {
        validator.validate(body, state, null, false);
    }

    StateStore.Change<StoredPolicy> create(ApplianceState state, SlaPolicySpec body) {
        validator.validate(body, state, null, true);
        SlaPolicySpec spec = withDefaults(body);
        long usn = state.usnCounter() + 1;
        int serial = state.nextSerial();
        String at = state.clock().toString();
        StoredPolicy policy = new StoredPolicy(SeededIds.uuid(state.seed(), "policy", String.valueOf(serial)), serial, usn,
                true, at, spec, List.of(new PolicyVersion(at, usn, PolicyVersion.CREATED, ScopeDefinition.of(spec))));
        List<StoredPolicy> policies = new ArrayList<>(state.policies());
        policies.add(policy);
        return new StateStore.Change<>(state.withPolicies(policies, usn, serial + 1), policy);
    }

    StateStore.Change<StoredPolicy> modify(ApplianceState state, String id, SlaPolicySpec body) {
        StoredPolicy old = existing(state, id);
        validator.validate(body, state, id, true);
        SlaPolicySpec spec = withDefaults(body);
        long usn = state.usnCounter() + 1;
        ScopeDefinition scope = ScopeDefinition.of(spec);
        // Only a change of scope moves membership; other edits need no history entry.
        PolicyVersion version = Objects.equals(scope, ScopeDefinition.of(old.spec())) ? null
                : new PolicyVersion(state.clock().toString(), usn, PolicyVersion.MODIFIED, scope);
        StoredPolicy policy = old.withChange(usn, spec, old.enabled(), version);
        return new StateStore.Change<>(state.withPolicies(state.replacing(policy), usn, state.nextSerial()), policy);
    }

    StateStore.Change<StoredPolicy> delete(ApplianceState state, String id) {
        StoredPolicy old = existing(state, id);
        List<StoredPolicy> policies = new ArrayList<>(state.policies());
        policies.remove(old);
        // The policies below move up one priority; that is not a change anyone made to them, so no usn.
        return new StateStore.Change<>(state.withPolicies(policies, state.usnCounter(), state.nextSerial()), old);
    }

    StateStore.Change<StoredPolicy> setEnabled(ApplianceState state, String id, boolean enabled) {
        StoredPolicy old = existing(state, id);
        if (old.enabled() == enabled) {
            return new StateStore.Change<>(state, old);
        }
        long usn = state.usnCounter() + 1;
        PolicyVersion version = new PolicyVersion(state.clock().toString(), usn,
                enabled ? PolicyVersion.ENABLED : PolicyVersion.DISABLED, null);
        StoredPolicy policy = old.withChange(usn, old.spec(), enabled, version);
        return new StateStore.Change<>(state.withPolicies(state.replacing(policy), usn, state.nextSerial()), policy);
    }

    /**
     * Puts the listed policies at the given priorities; the others keep their relative order in the
     * remaining places; the result is 1..N. Each policy whose priority changed gets a new usn.
     */
    StateStore.Change<List<StoredPolicy>> orderPriorities(ApplianceState state, PriorityOrder order) {
        List<StoredPolicy> current = state.policies();
        int count = current.size();
        List<String> problems = new ArrayList<>();
        if (order == null || order.priorities() == null || order.priorities().isEmpty()) {
            throw ApiProblem.invalid(List.of("priorities is required and must not be empty"));
        }
        Map<Integer, StoredPolicy> placed = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < order.priorities().size(); i++) {
            PolicyPriority entry = order.priorities().get(i);
            String at = "priorities[" + i + "]";
            if (entry == null || entry.policyId() == null) {
                problems.add(at + ".policyId is required");
                continue;
            }
            StoredPolicy policy = state.policy(entry.policyId());
            if (policy == null) {
                unknown.add(entry.policyId());
                continue;
            }
            if (!seen.add(entry.policyId())) {
                problems.add("priorities lists policy " + entry.policyId() + " more than once");
                continue;
            }
            if (entry.priority() == null) {
                problems.add(at + ".priority is required");
            } else if (entry.priority() < 1 || entry.priority() > count) {
                problems.add(at + ".priority must be between 1 and " + count + ", not " + entry.priority());
            } else if (placed.putIfAbsent(entry.priority(), policy) != null) {
                problems.add("priorities gives priority " + entry.priority() + " to more than one policy");
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("priorities refers to unknown policies: " + String.join(", ", unknown));
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
        StoredPolicy[] slots = new StoredPolicy[count];
        placed.forEach((priority, policy) -> slots[priority - 1] = policy);
        int next = 0;
        for (StoredPolicy policy : current) {
            if (seen.contains(policy.id())) {
                continue;
            }
            while (slots[next] != null) {
                next++;
            }
            slots[next] = policy;
        }
        long usn = state.usnCounter();
        List<StoredPolicy> reordered = new ArrayList<>(count);
        List<StoredPolicy> changed = new ArrayList<>();
        Map<String, Integer> before = new HashMap<>();
        for (int i = 0; i < count; i++) {
            before.put(current.get(i).id(), i);
        }
        for (int i = 0; i < count; i++) {
            StoredPolicy policy = slots[i];
            if (before.get(policy.id()) != i) {
                usn++;
                policy = policy.withChange(usn, policy.spec(), policy.enabled(), null);
                changed.add(policy);
            }
            reordered.add(policy);
        }
        if (changed.isEmpty()) {
            return new StateStore.Change<>(state, List.of());
        }
        return new StateStore.Change<>(state.withPolicies(reordered, usn, state.nextSerial()), changed);
    }

    private static StoredPolicy existing(ApplianceState state, String id) {
        StoredPolicy policy = state.policy(id);
        if (policy == null) {
            throw ApiProblem.notFound("no SLA-based policy with id " + id);
        }
        return policy;
    }

    private static SlaPolicySpec withDefaults(SlaPolicySpec spec) {
        if (spec.retrySettings() != null) {
            return spec;
        }
        return spec.toBuilder().retrySettings(new RetrySettings(ApiValues.PolicyDefaults.RETRY_TIMES)).build();
    }
}
