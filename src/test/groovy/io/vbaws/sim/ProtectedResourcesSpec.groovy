package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/**
 * protectedResources, excludedItems and regions, computed from the policy and the inventory:
 * region and account (or organization) first, then selection (instances, tags, or all), minus
 * exclusions, which always win.
 */
class ProtectedResourcesSpec extends Specification {
    static final String POLICIES = '/policy/ec2SlaBasedPolicies'

    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared ApplianceHttp http

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        http = ApplianceHttp.loggedIn(sim)
    }

    private List<String> protectedNames(String policyId) {
        http.all("$POLICIES/$policyId/protectedResources").collect { r -> http.get("/virtualMachines/$r.id").json.name }.sort()
    }

    private Set<String> protectedIds(String policyId) {
        http.all("$POLICIES/$policyId/protectedResources")*.id as Set
    }

    def "selected instances are protected, with their AWS IDs and a link to each instance"() {
        given:
        def policy = http.create(http.policyBody('pick-two', ['web-01', 'db-02']))

        when:
        def resources = http.all("$POLICIES/$policy.id/protectedResources")

        then:
        resources.size() == 2
        resources.every { it.awsResourceId ==~ /i-0[0-9a-f]{16}/ && it.virtualMachine.href == "/api/v1/virtualMachines/$it.id" }
        protectedNames(policy.id) == ['db-02', 'web-01']
    }

    def "a selected tag protects every instance carrying it in the policy's regions and account"() {
        given:
        def policy = http.create(http.policyBody('tagged') + [backupType: 'SelectedItems',
                regionIds: [http.regionId('us-east-1'), http.regionId('eu-west-1')],
                selectedItems: [tagIds: [http.tagId('app=shop')]]])

        expect: 'the core web-01..04 of us-east-1 and web-01..03 of eu-west-1, none of us-west-2'
        protectedNames(policy.id) == ['web-01', 'web-01', 'web-02', 'web-02', 'web-03', 'web-03', 'web-04']
    }

    def "AllItems protects every instance of the account in the regions; an excluded tag or instance always wins"() {
        given:
        def everything = http.create(http.policyBody('all-east'))
        def excluding = http.create(http.policyBody('all-east-but', [], [excludedItems: [
                tagIds: [http.tagId('backup=skip')], virtualMachineIds: [http.instanceId('us-east-1', 'bastion-01')]]]))
        def inAccount = http.all('/virtualMachines', [RegionId: http.regionId('us-east-1'), ResourceAwsAccountId: '111111111111'])

        expect:
        protectedIds(everything.id) == inAccount*.id as Set
        protectedNames(everything.id).containsAll(['web-canary', 'bastion-01', 'db-01', 'staging-web-01'])
        !protectedNames(everything.id).contains('dev-app-01')

        and:
        !protectedNames(excluding.id).contains('web-canary')
        !protectedNames(excluding.id).contains('bastion-01')
        protectedIds(excluding.id).size() < protectedIds(everything.id).size()
    }

    def "an instance selected by ID but outside the identity's account is not protected"() {
        given:
        def policy = http.create(http.policyBody('wrong-account', ['dev-app-01', 'web-01']))

        expect:
        protectedNames(policy.id) == ['web-01']
    }

    def "an organization scope covers its member accounts, limited to an OU, minus excluded members"() {
        given:
        def org = http.all('/organizations/amazon')[0]
        def body = http.policyBody('org-scope') + [identityId: org.id, regionIds: [http.regionId('us-west-2')]]
        def wholeOrg = http.create(body)
        def prodOu = http.create(body + [name: 'org-prod', organizationSettings: [limitedScopeId: org.units.find { it.name == 'ou-prod' }.id]])
        def prodMainOnly = http.create(body + [name: 'org-prod-main', organizationSettings: [limitedScopeId: org.units.find { it.name == 'ou-prod' }.id,
                excludedMembers: [org.members.find { it.name == 'prod-data' }.id]]])

        expect:
        protectedNames(wholeOrg.id).containsAll(['web-01', 'web-02', 'analytics-01', 'sandbox-01', 'sandbox-02'])
        protectedNames(prodOu.id).containsAll(['web-01', 'web-02', 'analytics-01'])
        !protectedNames(prodOu.id).contains('sandbox-01')
        !protectedNames(prodMainOnly.id).contains('analytics-01')
        protectedNames(prodMainOnly.id).containsAll(['web-01', 'web-02'])
    }

    def "excludedItems lists the excluded tags and every instance the exclusions remove"() {
        given:
        def policy = http.create(http.policyBody('with-exclusions', [], [excludedItems: [
                tagIds: [http.tagId('backup=skip')], virtualMachineIds: [http.instanceId('us-east-1', 'cache-01')]]]))

        when:
        def items = http.all("$POLICIES/$policy.id/excludedItems")

        then:
        items.find { it.name == 'backup=skip' }.tag.href == "/api/v1/cloudInfrastructure/tags/${http.tagId('backup=skip')}"
        items.find { it.name == 'web-canary' }.virtualMachine.href == "/api/v1/virtualMachines/${http.instanceId('us-east-1', 'web-canary')}"
        items.find { it.name == 'cache-01' }
        http.get("$POLICIES/$policy.id/excludedItems", [SearchPattern: 'canary']).json.results*.name == ['web-canary']
    }

    def "regions answers the policy's regions"() {
        given:
        def policy = http.create(http.policyBody('two-regions', [], [regionIds: [http.regionId('eu-west-1'), http.regionId('us-east-1')]]))

        expect:
        http.all("$POLICIES/$policy.id/regions")*.name == ['eu-west-1', 'us-east-1']
    }

    def "an instance's policiesCount, backupState and the ProtectedByPolicy filter follow the policies"() {
        given:
        String bastion = http.instanceId('us-east-1', 'bastion-01')
        int before = http.get("/virtualMachines/$bastion").json.policiesCount
        def policy = http.create(http.policyBody('count-bastion', ['bastion-01']))

        expect:
        http.get("/virtualMachines/$bastion").json.policiesCount == before + 1
        http.get("/virtualMachines/$bastion").json.backupState == 'Protected'
        http.all('/virtualMachines', [ProtectedByPolicy: 'true'])*.id.contains(bastion)

        when:
        http.delete("$POLICIES/$policy.id")

        then:
        http.get("/virtualMachines/$bastion").json.policiesCount == before
        http.all('/virtualMachines', [ProtectedByPolicy: 'false']).every { it.policiesCount == 0 && it.backupState == 'Unprotected' }
    }
}
