package io.vbaws.api;

import java.time.Instant;
import java.util.List;

/** Filters of the session collection: policy, status, types, period, instance; nulls are left out. */
public record SessionQuery(String policyId, String status, List<String> types, Instant fromUtc, Instant toUtc,
        String vmId) {

    public SessionQuery {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** Every session. */
    public static SessionQuery all() {
        return new SessionQuery(null, null, null, null, null, null);
    }

    /** The sessions of one policy. */
    public static SessionQuery ofPolicy(String policyId) {
        return new SessionQuery(policyId, null, null, null, null, null);
    }
}
