package io.vbaws.apply;

import io.vbaws.api.ApiException;
import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.SlaPolicy;

/**
 * Reads a policy right before it is written and refuses when its usn is not the one the plan (or
 * our own previous write) left it at. The appliance has no conditional writes, so a change landing
 * between this read and the write is not caught; the window is one round trip, not the whole plan.
 */
final class UsnGuard {
    private final ApplianceClient client;

    UsnGuard(ApplianceClient client) {
        this.client = client;
    }

    /** The policy as it is now, when its usn is still {@code expected}. */
    SlaPolicy check(String name, String id, Long expected) {
        SlaPolicy now;
        try {
            now = client.getPolicy(id);
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw new ConcurrentChangeException("policy '" + name + "' was deleted on the appliance after the plan "
                        + "was made; run plan again");
            }
            throw e;
        }
        if (expected != null && !expected.equals(now.usn())) {
            throw new ConcurrentChangeException("policy '" + name + "' changed on the appliance after the plan was made "
                    + "(usn " + expected + ", now " + now.usn() + "); run plan again");
        }
        return now;
    }
}
