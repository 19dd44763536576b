package io.vbaws.plan;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.inventory.IdKind;

/** Whether a policy's identity is an IAM role or an organization, on either side of a diff. */
final class IdentityScope {
    private IdentityScope() {
    }

    /** A resolved policy names an organization exactly when it carries organization settings. */
    static IdKind desiredKind(SlaPolicySpec desired) {
        return desired.organizationSettings() != null ? IdKind.ORGANIZATION : IdKind.ACCOUNT;
    }

    /** A live policy says what its identity is. */
    static IdKind liveKind(SlaPolicy live) {
        return live.identity() != null && ApiValues.IdentityType.ORGANIZATION.equals(live.identity().type())
                ? IdKind.ORGANIZATION
                : IdKind.ACCOUNT;
    }

    /**
     * Whether the scripts move an organization policy to an IAM role: the live organization settings
     * then no longer apply and must leave the body, or the appliance would get a role with an OU.
     */
    static boolean leavesOrganization(SlaPolicySpec desired, SlaPolicy live) {
        return desired.identityId() != null
                && desired.organizationSettings() == null
                && liveKind(live) == IdKind.ORGANIZATION
                && !desired.identityId().equals(live.identity().id());
    }
}
