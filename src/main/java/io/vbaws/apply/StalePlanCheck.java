package io.vbaws.apply;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.PolicyIdentity;
import io.vbaws.api.model.RetrySettings;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.plan.ChangeAction;
import io.vbaws.inventory.IdNames;
import io.vbaws.plan.LiveVersion;
import io.vbaws.plan.Plan;
import io.vbaws.plan.PolicyChange;
import io.vbaws.plan.PolicyDiff;
import io.vbaws.plan.SavedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whether a saved plan still describes the appliance: every policy it read must still be
 * there with the same usn, and no policy may have appeared under a name the plan creates. And
 * whether the appliance already holds what the plan would make of it, as after the plan was
 * applied. Pure; the caller reads the live policies.
 */
public final class StalePlanCheck {

    /** Why the plan is stale, one line per policy; empty when it is fresh. */
    public List<String> problems(SavedPlan saved, List<SlaPolicy> live) {
        Map<String, SlaPolicy> byId = live.stream().collect(Collectors.toMap(SlaPolicy::id, Function.identity(), (a, b) -> a));
        Map<String, SlaPolicy> byName = live.stream().collect(Collectors.toMap(SlaPolicy::name, Function.identity(), (a, b) -> a));
        List<String> problems = new ArrayList<>();
        for (LiveVersion read : saved.plan().liveVersions()) {
            SlaPolicy now = byId.get(read.id());
            if (now == null) {
                problems.add("policy '" + read.name() + "' no longer exists on the appliance");
            } else if (read.usn() != null && !read.usn().equals(now.usn())) {
                problems.add("policy '" + read.name() + "' changed on the appliance since the plan (usn " + read.usn()
                        + ", now " + now.usn() + ")");
            } else if (!now.name().equals(read.name())) {
                problems.add("policy '" + read.name() + "' was renamed to '" + now.name() + "'");
            }
        }
        for (PolicyChange change : saved.plan().changes()) {
            if (change.action() == ChangeAction.CREATE && byName.containsKey(change.policy())) {
                problems.add("a policy named '" + change.policy() + "' appeared on the appliance since the plan, which "
                        + "creates one");
            }
        }
        return problems;
    }

    /**
     * Whether every change of the plan is already true of the appliance: each created or updated
     * policy exists with its planned body, each enabled or disabled one is so, each reordered one
     * has its planned priority, each deleted one is gone. A plan that changes nothing is not "applied".
     */
    public boolean alreadyApplied(SavedPlan saved, List<SlaPolicy> live) {
        Plan plan = saved.plan();
        if (plan.isEmpty()) {
            return false;
        }
        Map<String, SlaPolicy> byName = live.stream().collect(Collectors.toMap(SlaPolicy::name, Function.identity(), (a, b) -> a));
        PolicyDiff diff = new PolicyDiff(IdNames.IDS);
        for (PolicyChange change : plan.changes()) {
            SlaPolicy now = byName.get(change.policy());
            boolean holds = switch (change.action()) {
                case CREATE -> now != null && change.body() != null && diff.between(change.body(), now).isEmpty()
                        && diff.between(now.toSpec(), asCreated(change.body())).isEmpty();
                case UPDATE -> now != null && change.body() != null && diff.between(change.body(), now).isEmpty();
                case ENABLE -> now != null && Boolean.TRUE.equals(now.isEnabled());
                case DISABLE -> now != null && Boolean.FALSE.equals(now.isEnabled());
                case REORDER -> now != null && Integer.valueOf(change.priorityMove().to()).equals(now.priority());
                case DELETE -> live.stream().noneMatch(p -> p.id().equals(change.id()));
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /**
     * The policy a create of {@code body} makes: what the body sets, the appliance's defaults for
     * the rest. Compared the other way round, it tells our create from someone else's policy of the
     * same name that sets more than the plan did.
     */
    private static SlaPolicy asCreated(SlaPolicySpec body) {
        RetrySettings retries = body.retrySettings() != null ? body.retrySettings()
                : new RetrySettings(ApiValues.PolicyDefaults.RETRY_TIMES);
        String identityType = body.organizationSettings() != null ? ApiValues.IdentityType.ORGANIZATION
                : ApiValues.IdentityType.ACCOUNT;
        return new SlaPolicy(null, body.name(), body.description(), null, true,
                new PolicyIdentity(body.identityId(), identityType, null, null, null), null, body.regionIds(),
                body.backupType(), body.selectedItems(), body.excludedItems(), retries, body.notificationSettings(), null,
                body.storageTemplateId(), body.slaTemplateId(), body.snapshotSettings(), body.productionWorkersSettings(),
                body.replicaSettings(), body.organizationSettings());
    }
}
