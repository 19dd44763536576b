package io.vbaws.sim;

import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.VirtualMachine;
import java.util.List;

/**
 * An EC2 instance of the estate: the API record (without the policy-dependent fields), its
 * position in the estate, its region, the AWS account that owns it, its tags and volumes.
 */
record EstateInstance(int index, VirtualMachine vm, EstateRegion region, String awsAccountId, List<String> tagIds,
                      List<EbsVolume> volumes) {

    String id() {
        return vm.id();
    }

    String name() {
        return vm.name();
    }
}
