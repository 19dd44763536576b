package io.vbaws.query;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.VirtualMachineQuery;
import io.vbaws.api.model.VirtualMachine;
import java.util.HashMap;
import java.util.Map;

/**
 * The region of each EC2 instance the appliance knows, by appliance ID, read once per question:
 * the SLA endpoints name instances without their region, and two {@code db-01} in two regions must
 * be told apart.
 */
final class InstanceRegions {
    private final Map<String, String> regionById = new HashMap<>();

    InstanceRegions(ApplianceClient client) {
        for (VirtualMachine vm : client.virtualMachines(VirtualMachineQuery.all())) {
            if (vm.region() != null) {
                regionById.put(vm.id(), vm.region().name());
            }
        }
    }

    /** The region's code (us-east-1), or null when the instance is unknown. */
    String of(String instanceId) {
        return instanceId == null ? null : regionById.get(instanceId);
    }
}
