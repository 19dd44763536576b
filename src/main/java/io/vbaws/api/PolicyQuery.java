package io.vbaws.api;

/** One page of the policy collection: name pattern, protected instance, Offset, Limit (nulls are left out). */
public record PolicyQuery(String searchPattern, String virtualMachineId, Integer offset, Integer limit) {

    /** Every policy, in one request (Limit=-1). */
    public static PolicyQuery everything() {
        return new PolicyQuery(null, null, 0, -1);
    }
}
