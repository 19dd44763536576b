package io.vbaws.query;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.VirtualMachineQuery;
import io.vbaws.api.model.VirtualMachine;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The region of each EC2 instance the appliance knows, by appliance ID: the SLA endpoints name
 * instances without their region, and two {@code db-01} in two regions must be told apart. An
 * instance never changes region, so what was read once is kept for the session; the instances are
 * read again only for an ID not seen before, and at most once a minute (an instance the appliance
 * no longer lists would otherwise cost every question a full read of the estate).
 */
final class InstanceRegions {
    private static final long RECHECK_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ApplianceClient client;
    private final LongSupplier nanoTime;
    private final Map<String, String> regionById = new HashMap<>();
    private long readAt;
    private boolean read;

    InstanceRegions(ApplianceClient client) {
        this(client, System::nanoTime);
    }

    InstanceRegions(ApplianceClient client, LongSupplier nanoTime) {
        this.client = client;
        this.nanoTime = nanoTime;
    }

    /** The region's code (us-east-1), or null when the instance is unknown. */
    synchronized String of(String instanceId) {
        if (instanceId == null) {
            return null;
        }
        String region = regionById.get(instanceId);
        if (region == null && (!read || nanoTime.getAsLong() - readAt >= RECHECK_NANOS)) {
            readAll();
            region = regionById.get(instanceId);
        }
        return region;
    }

    private void readAll() {
        for (VirtualMachine vm : client.virtualMachines(VirtualMachineQuery.all())) {
            if (vm.region() != null) {
                regionById.put(vm.id(), vm.region().name());
            }
        }
        read = true;
        readAt = nanoTime.getAsLong();
    }
}
