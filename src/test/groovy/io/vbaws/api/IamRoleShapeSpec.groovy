package io.vbaws.api

/** IAM roles as a real appliance describes them (IAMRole, IAMRoleFromAnotherAccount, accountPermissions), and the flat roleName of some. */
class IamRoleShapeSpec extends MockApplianceSpec {

    def "the client reads the role name from #shape"() {
        given:
        server.enqueue(token())
        server.enqueue(ok(page([[id: 'a-1', name: 'backup-prod', awsAccountId: '111111111111'] + role])))

        when:
        def account = client().accounts()[0]

        then:
        account.roleNameInAws() == 'Veeam-Backup'
        account.name() == 'backup-prod'

        where:
        shape                        | role
        'IAMRole'                    | [IAMRole: [parentAmazonAccountId: 'p-1', roleName: 'Veeam-Backup', isDefault: true], accountPermissions: ['Backup']]
        'IAMRoleFromAnotherAccount'  | [IAMRoleFromAnotherAccount: [parentAmazonAccountId: 'p-1', accountId: '333333333333', roleName: 'Veeam-Backup']]
        'a flat roleName'            | [roleName: 'Veeam-Backup']
    }

    def "the nested shape's fields are kept"() {
        given:
        server.enqueue(token())
        server.enqueue(ok(page([[id: 'a-1', name: 'dr-role', awsAccountId: '333333333333',
                                 IAMRoleFromAnotherAccount: [parentAmazonAccountId: 'p-1', accountId: '333333333333', roleName: 'dr'],
                                 accountPermissions: ['Replication']]])))

        when:
        def account = client().accounts()[0]

        then:
        account.iamRoleFromAnotherAccount().parentAmazonAccountId() == 'p-1'
        account.iamRoleFromAnotherAccount().accountId() == '333333333333'
        account.accountPermissions() == ['Replication']
        account.iamRole() == null
    }
}
