package io.vbaws.api;

/** Filters of the EC2 instance collection; nulls are left out. */
public record VirtualMachineQuery(String regionId, String resourceAwsAccountId, Boolean protectedByPolicy,
        String searchPattern) {

    /** Every instance. */
    public static VirtualMachineQuery all() {
        return new VirtualMachineQuery(null, null, null, null);
    }

    /** The instances of one region. */
    public static VirtualMachineQuery inRegion(String regionId) {
        return new VirtualMachineQuery(regionId, null, null, null);
    }
}
