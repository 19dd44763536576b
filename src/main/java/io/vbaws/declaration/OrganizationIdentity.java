package io.vbaws.declaration;

import java.util.List;
import java.util.Objects;

/**
 * {@code organization "acme", scope: "ou-prod", excludeMembers: [...]}: the policy covers an AWS
 * organization, the whole of it ({@code scope} null) or one organizational unit, less the excluded
 * member accounts (empty when none).
 */
public record OrganizationIdentity(NameRef organization, NameRef scope, List<NameRef> excludedMembers)
        implements IdentityDeclaration {

    public OrganizationIdentity {
        Objects.requireNonNull(organization, "organization");
        excludedMembers = excludedMembers == null ? List.of() : List.copyOf(excludedMembers);
    }

    @Override
    public SourceRef at() {
        return organization.at();
    }
}
