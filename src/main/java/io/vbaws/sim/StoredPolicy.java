package io.vbaws.sim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.vbaws.api.model.SlaPolicySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy as the appliance keeps it: its ID, a serial number (part of its session IDs), usn,
 * enabled flag, creation time, the body it was last given, and its change history. The priority is
 * its position in the state's list.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record StoredPolicy(String id, int serial, long usn, boolean enabled, String createdAt, SlaPolicySpec spec,
                    List<PolicyVersion> history) {

    StoredPolicy {
        history = List.copyOf(history);
    }

    @JsonIgnore
    String name() {
        return spec.name();
    }

    @JsonIgnore
    Instant created() {
        return Instant.parse(createdAt);
    }

    StoredPolicy withChange(long newUsn, SlaPolicySpec newSpec, boolean newEnabled, PolicyVersion version) {
        List<PolicyVersion> versions = new ArrayList<>(history);
        if (version != null) {
            versions.add(version);
        }
        return new StoredPolicy(id, serial, newUsn, newEnabled, createdAt, newSpec, versions);
    }
}
