package io.vbaws.sim;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.PolicyIdentity;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.VirtualMachine;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One consistent look at the appliance for one request: a state, its estate model, and the shared caches. */
final class ApplianceView {
    private final ApplianceState state;
    private final EstateModel model;
    private final Appliance appliance;
    private Map<String, Integer> priorities;

    ApplianceView(ApplianceState state, EstateModel model, Appliance appliance) {
        this.state = state;
        this.model = model;
        this.appliance = appliance;
    }

    /** The same appliance after a change: the new state, this model and caches. */
    ApplianceView after(ApplianceState next) {
        return new ApplianceView(next, model, appliance);
    }

    ApplianceState state() {
        return state;
    }

    EstateModel model() {
        return model;
    }

    Estate estate() {
        return model.estate();
    }

    Instant now() {
        return state.clock();
    }

    /** The policy with this ID; 404 when there is none. */
    StoredPolicy policy(String id) {
        StoredPolicy policy = state.policy(id);
        if (policy == null) {
            throw ApiProblem.notFound("no SLA-based policy with id " + id);
        }
        return policy;
    }

    StoredPolicy policyBySerial(int serial) {
        for (StoredPolicy policy : state.policies()) {
            if (policy.serial() == serial) {
                return policy;
            }
        }
        return null;
    }

    /** The policy's priority: its place in the state's list, by ID (an index, not a search: there may be 1,000). */
    synchronized int priority(StoredPolicy policy) {
        if (priorities == null) {
            Map<String, Integer> byId = new HashMap<>();
            List<StoredPolicy> policies = state.policies();
            for (int i = 0; i < policies.size(); i++) {
                byId.put(policies.get(i).id(), i + 1);
            }
            priorities = byId;
        }
        return priorities.getOrDefault(policy.id(), 0);
    }

    PolicyTimeline timeline(StoredPolicy policy) {
        return appliance.timeline(state.incarnation() + "/" + policy.id() + "@" + policy.usn(),
                k -> new PolicyTimeline(policy, model.scopes()));
    }

    PolicyCompliance compliance(StoredPolicy policy) {
        return appliance.compliance(state.incarnation() + "/" + policy.id() + "@" + policy.usn() + "@" + state.clock(),
                k -> new PolicyCompliance(estate(), model.outcomes(), policy, timeline(policy), state.clock()));
    }

    int protectionCount(EstateInstance instance) {
        return appliance.protectionCounts(this)[instance.index()];
    }

    VirtualMachine toApi(EstateInstance instance) {
        VirtualMachine vm = instance.vm();
        int count = protectionCount(instance);
        return new VirtualMachine(vm.id(), vm.name(), vm.awsResourceId(), vm.instanceType(), vm.instanceSizeGigabytes(),
                vm.region(), vm.resourceAwsAccountId(), count, count > 0 ? "Protected" : "Unprotected", vm.isDeleted(), null);
    }

    /** The policy as the collection lists it: no warning, which would cost a scope resolution per policy. */
    SlaPolicy toApi(StoredPolicy policy) {
        return toApi(policy, null);
    }

    /**
     * The policy as create, get and modify answer it, with a {@code warning} when something about
     * it deserves one: today, that its scope matches no instance, so it protects nothing.
     */
    SlaPolicy toApiWithWarning(StoredPolicy policy) {
        boolean protectsNothing = timeline(policy).current().isEmpty();
        return toApi(policy, protectsNothing ? NOTHING_IN_SCOPE : null);
    }

    /** The warning of a policy whose scope matches no instance. */
    static final String NOTHING_IN_SCOPE = "The policy's scope matches no EC2 instance today: it protects nothing until "
            + "an instance in its regions, account and selection appears.";

    private SlaPolicy toApi(StoredPolicy policy, String warning) {
        SlaPolicySpec spec = policy.spec();
        return new SlaPolicy(policy.id(), spec.name(), spec.description(), priority(policy), policy.enabled(),
                identity(spec.identityId()), policy.usn(), spec.regionIds(), spec.backupType(), spec.selectedItems(),
                spec.excludedItems(), spec.retrySettings(), spec.notificationSettings(), warning, spec.storageTemplateId(),
                spec.slaTemplateId(), spec.snapshotSettings(), spec.productionWorkersSettings(), spec.replicaSettings(),
                spec.organizationSettings());
    }

    private PolicyIdentity identity(String id) {
        if (estate().organization().id().equals(id)) {
            return new PolicyIdentity(id, ApiValues.IdentityType.ORGANIZATION, estate().organization().awsOrganizationId(),
                    estate().organization().name(), ApiValues.RegionType.GLOBAL);
        }
        AmazonAccount account = estate().account(id);
        if (account == null) {
            return new PolicyIdentity(id, ApiValues.IdentityType.ACCOUNT, null, null, null);
        }
        return new PolicyIdentity(id, ApiValues.IdentityType.ACCOUNT, account.awsAccountId(), account.name(),
                account.regionType());
    }
}
