package io.vbaws.api;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.Session;
import io.vbaws.api.model.SlaInstance;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.text.TerminalText;
import java.util.List;

/**
 * The fields vbaws cannot do without in each record the appliance sends: what the reference
 * requires of a policy (its id and name, regions without gaps) and the ids every lookup resolves
 * names through. A record without one is reported, never taken as an empty name or no id.
 */
final class RecordChecks {
    static final RecordCheck<SlaPolicy> POLICY = p -> p.id() == null ? "a policy without an id" + named(p.name())
            : p.name() == null ? "a policy without a name (id " + printable(p.id()) + ")"
            : hasNull(p.regionIds()) ? "a policy with a null region id (id " + printable(p.id()) + ")"
            : null;
    static final RecordCheck<Region> REGION = r -> r.id() == null ? "a region without an id" + named(r.name()) : null;
    static final RecordCheck<CloudTag> TAG = t -> t.id() == null ? "a tag without an id" + named(t.key()) : null;
    static final RecordCheck<VirtualMachine> INSTANCE = v -> v.id() == null ? "an instance without an id"
            + named(v.name()) : null;
    static final RecordCheck<AmazonAccount> ACCOUNT = a -> a.id() == null ? "an IAM role without an id"
            + named(a.name()) : null;
    static final RecordCheck<Organization> ORGANIZATION = o -> o.id() == null ? "an organization without an id"
            + named(o.name()) : null;
    static final RecordCheck<SlaTemplate> SLA_TEMPLATE = t -> t.id() == null ? "an SLA template without an id"
            + named(t.name()) : t.name() == null ? "an SLA template without a name (id " + printable(t.id()) + ")" : null;
    static final RecordCheck<StorageTemplate> STORAGE_TEMPLATE = t -> t.id() == null
            ? "a storage template without an id" + named(t.name())
            : t.name() == null ? "a storage template without a name (id " + printable(t.id()) + ")" : null;
    static final RecordCheck<Session> SESSION = s -> s.id() == null ? "a session without an id" : null;
    static final RecordCheck<SlaInstance> SLA_INSTANCE = i -> i.instanceId() == null
            ? "an SLA instance row without an instance id" + named(i.instanceName()) : null;

    private RecordChecks() {
    }

    private static String named(String name) {
        return name == null ? "" : " (name " + TerminalText.quoted(name) + ")";
    }

    private static String printable(String id) {
        return TerminalText.printable(id);
    }

    private static boolean hasNull(List<?> list) {
        return list != null && list.stream().anyMatch(java.util.Objects::isNull);
    }
}
