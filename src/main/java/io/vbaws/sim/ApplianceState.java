package io.vbaws.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the appliance stores: the seed and size its estate is derived from, its clock, the
 * appliance-wide usn counter, the next policy serial, and the policies in priority order. Immutable:
 * a change makes a new state, and unchanged policies stay the same objects (the store writes only
 * the ones that changed). {@code incarnation} is random per creation or reset: policy IDs and usns
 * derive from the seed and repeat after a reset, so caches key on the incarnation too.
 */
record ApplianceState(long seed, EstateSize estate, Instant createdAt, String incarnation, Instant clock, long usnCounter,
                      int nextSerial,
                      List<StoredPolicy> policies, long generation) {

    ApplianceState {
        policies = List.copyOf(policies);
    }

    StoredPolicy policy(String id) {
        for (StoredPolicy policy : policies) {
            if (policy.id().equals(id)) {
                return policy;
            }
        }
        return null;
    }

    ApplianceState withClock(Instant value) {
        return new ApplianceState(seed, estate, createdAt, incarnation, value, usnCounter, nextSerial, policies, generation);
    }

    ApplianceState withPolicies(List<StoredPolicy> value, long newUsnCounter, int newNextSerial) {
        return new ApplianceState(seed, estate, createdAt, incarnation, clock, newUsnCounter, newNextSerial, value, generation);
    }

    ApplianceState withGeneration(long value) {
        return new ApplianceState(seed, estate, createdAt, incarnation, clock, usnCounter, nextSerial, policies, value);
    }

    /** The list with {@code policy} put in place of the policy with the same ID. */
    List<StoredPolicy> replacing(StoredPolicy policy) {
        List<StoredPolicy> list = new ArrayList<>(policies);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(policy.id())) {
                list.set(i, policy);
            }
        }
        return list;
    }
}
