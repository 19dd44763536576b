package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An IAM role of an AWS account added to the appliance (GET /accounts/amazon). The appliance
 * describes the role in {@code IAMRole} (a role of the account itself) or
 * {@code IAMRoleFromAnotherAccount} (a role another account trusts); some deployments send a flat
 * {@code roleName} instead, which is read too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AmazonAccount(
        String id,
        String name,
        String description,
        @JsonAlias("awsid") String awsAccountId,
        String regionType,
        String roleName,
        @JsonProperty("_links") List<Link> links,
        @JsonProperty("IAMRole") IamRole iamRole,
        @JsonProperty("IAMRoleFromAnotherAccount") IamRoleFromAnotherAccount iamRoleFromAnotherAccount,
        List<String> accountPermissions) {

    /** A role described the flat way, without the nested role objects. */
    public AmazonAccount(String id, String name, String description, String awsAccountId, String regionType,
                         String roleName, List<Link> links) {
        this(id, name, description, awsAccountId, regionType, roleName, links, null, null, null);
    }

    /** The role's name in AWS, from whichever form the appliance used; null when it sent none. */
    @JsonIgnore
    public String roleNameInAws() {
        if (iamRole != null && iamRole.roleName() != null) {
            return iamRole.roleName();
        }
        if (iamRoleFromAnotherAccount != null && iamRoleFromAnotherAccount.roleName() != null) {
            return iamRoleFromAnotherAccount.roleName();
        }
        return roleName;
    }

    /** {@code IAMRole}: a role of the account itself; {@code parentAmazonAccountId} is the appliance's ID of that account. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IamRole(String parentAmazonAccountId, String roleName, Boolean isDefault) {
    }

    /**
     * {@code IAMRoleFromAnotherAccount}: a role in the AWS account {@code accountId} that the account
     * the appliance knows as {@code parentAmazonAccountId} may assume.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IamRoleFromAnotherAccount(String parentAmazonAccountId, String accountId, String roleName) {
    }
}
