package io.vbaws.runbook;

import io.vbaws.api.ApplianceClient;
import io.vbaws.api.model.SlaPolicy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policies as this run last saw or left them: read from the appliance, then updated by the
 * run's own writes (re-read after a real write, for its new usn; kept as written in a dry run).
 */
final class PolicyState {
    private final ApplianceClient client;
    private final boolean dryRun;
    private final Map<String, SlaPolicy> byId = new ConcurrentHashMap<>();
    private final Map<String, Boolean> switched = new ConcurrentHashMap<>();

    PolicyState(ApplianceClient client, boolean dryRun) {
        this.client = client;
        this.dryRun = dryRun;
    }

    /** Remembers a policy read from the appliance, unless this run has written it since. */
    void seen(SlaPolicy policy) {
        byId.putIfAbsent(policy.id(), policy);
    }

    boolean enabled(String id) {
        Boolean written = switched.get(id);
        return written != null ? written : Boolean.TRUE.equals(byId.get(id).isEnabled());
    }

    Integer priority(String id) {
        return byId.get(id).priority();
    }

    Long usn(String id) {
        return byId.get(id).usn();
    }

    void switched(String id, boolean enabled) {
        switched.put(id, enabled);
        if (!dryRun) {
            refresh(id);
            switched.remove(id);
        }
    }

    /** Reads the policy again after a real write; in a dry run nothing was written, so nothing to read. */
    void refresh(String id) {
        if (!dryRun) {
            byId.put(id, client.getPolicy(id));
        }
    }
}
