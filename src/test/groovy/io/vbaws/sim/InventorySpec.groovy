package io.vbaws.sim

import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Path

/** The supporting collections over HTTP: the named core of the small estate, filters, paging and 404s. */
class InventorySpec extends Specification {
    @Shared @TempDir Path dir
    @Shared @AutoCleanup SimulatedAppliance sim
    @Shared ApplianceHttp http

    def setupSpec() {
        sim = SimulatedAppliance.start(SimOptions.defaults(dir))
        http = ApplianceHttp.loggedIn(sim)
    }

    def "the version is the appliance's product version"() {
        expect:
        http.get('/system/version').json.version ==~ /\d+\.\d+\.\d+\.\d+/
    }

    def "regions are every AWS commercial region, by code"() {
        when:
        def regions = http.all('/cloudInfrastructure/regions')

        then:
        regions*.name.containsAll(['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'sa-east-1', 'eu-west-1',
                                   'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'eu-south-1', 'ap-south-1',
                                   'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
                                   'me-south-1', 'af-south-1'])
        regions*.id.toSet().size() == regions.size()
        regions.find { it.name == 'af-south-1' }.optInStatus == 'OptedIn'
        regions.find { it.name == 'us-east-1' }.optInStatus == 'OptInNotRequired'
    }

    def "tags include the named ones, and SearchPattern finds them by key=value"() {
        expect:
        http.all('/cloudInfrastructure/tags').collect { "$it.key=$it.value" as String }.containsAll(
                ['env=prod', 'env=staging', 'env=dev', 'tier=web', 'tier=app', 'tier=db', 'backup=skip', 'owner=platform',
                 'owner=data', 'app=shop', 'app=billing'])
        http.get('/cloudInfrastructure/tags', [SearchPattern: 'backup=skip']).json.results*.value == ['skip']
    }

    def "the IAM roles carry their AWS account IDs"() {
        expect:
        http.all('/accounts/amazon').collectEntries { [it.name, it.awsAccountId] } == [
                'backup-prod': '111111111111', 'backup-dev': '222222222222', 'dr-role': '333333333333',
                'worker-role': '111111111111', 'backup-audit': '666666666666']
    }

    def "the IAM roles come in the nested shape of a real appliance: a role of its own account, or one another account trusts"() {
        when:
        def roles = http.all('/accounts/amazon').collectEntries { [it.name, it] }

        then:
        roles.values().every { !it.containsKey('roleName') && it.accountPermissions }
        roles['backup-prod'].IAMRole == [parentAmazonAccountId: roles['worker-role'].IAMRole.parentAmazonAccountId,
                                          roleName: 'backup-prod', isDefault: true]
        roles['backup-dev'].IAMRole.isDefault == false
        roles['dr-role'].IAMRole == null
        roles['dr-role'].IAMRoleFromAnotherAccount == [parentAmazonAccountId: roles['backup-prod'].IAMRole.parentAmazonAccountId,
                                                       accountId: '333333333333', roleName: 'dr-role']
        roles['dr-role'].accountPermissions == ['Replication']
    }

    def "the organization acme has its OUs with AWS IDs and its members in them"() {
        when:
        def orgs = http.all('/organizations/amazon')
        def acme = orgs[0]
        def unitNames = acme.units.collectEntries { [it.id, it.name] }

        then:
        orgs*.name == ['acme']
        acme.units*.name == ['ou-prod', 'ou-dev', 'ou-sandbox']
        acme.units.find { it.name == 'ou-prod' }.awsId == 'ou-ab12-prod0001'
        acme.units*.awsId.every { it ==~ /ou-[a-z0-9]{4}-[a-z0-9]{8}/ }
        acme.members.collect { [it.name, it.awsAccountId, unitNames[it.unitId]] } == [
                ['prod-main', '111111111111', 'ou-prod'], ['prod-data', '444444444444', 'ou-prod'],
                ['dev', '222222222222', 'ou-dev'], ['sandbox', '555555555555', 'ou-sandbox']]
    }

    def "the SLA templates have their targets and schedules; the storage templates their repositories"() {
        when:
        def sla = http.all('/policyTemplates/slaTemplates').collectEntries { [it.name, it] }
        def storage = http.all('/policyTemplates/storageTemplates').collectEntries { [it.name, it] }

        then:
        sla.keySet() == ['gold', 'silver', 'bronze'] as Set
        sla.collectEntries { k, v -> [k, v.targetSla] } == [gold: 99.0, silver: 97.0, bronze: 95.0]
        sla.gold.snapshotSchedule.daily.hours.count(true) == 6
        sla.gold.archiveSchedule.monthly.dayNumberInMonth == 'Last'
        storage.keySet() == ['s3-90d', 's3-1y', 'glacier-archive'] as Set
        storage['glacier-archive'].archiveRepositoryId
        !storage['s3-90d'].archiveRepositoryId
        http.get('/policyTemplates/storageTemplates', [RepositoryId: storage['s3-1y'].defaultRepositoryId]).json.results*.name == ['s3-1y']
    }

    def "KMS keys are browsed through an Amazon connection of a role and a region"() {
        when:
        def connection = http.post('/amazonConnections', [AmazonAccountId: http.accountId('dr-role'), RegionId: http.regionId('us-west-2')])
        def keys = http.all("/amazonConnections/$connection.json.id/cloudEncryptionKeys")

        then:
        connection.status == 201
        keys*.name == ['dr-key', 'backup-key', 'ebs-default']
        keys*.alias == ['alias/dr', 'alias/backup', 'alias/aws/ebs']
        keys.every { it.arn ==~ /arn:aws:kms:us-west-2:333333333333:key\/[0-9a-f-]{36}/ }

        and: 'regions without instances have no keys, but us-east-2 has'
        keysIn('ap-south-1').isEmpty()
        keysIn('us-east-2')*.name == ['dr-key', 'backup-key', 'ebs-default']
    }

    private List keysIn(String region) {
        def connection = http.post('/amazonConnections', [AmazonAccountId: http.accountId('backup-prod'), RegionId: http.regionId(region)])
        http.all("/amazonConnections/$connection.json.id/cloudEncryptionKeys")
    }

    def "an Amazon connection needs a known role and region"() {
        expect:
        http.post('/amazonConnections', [RegionId: http.regionId('us-east-1')]).json.details.contains('AmazonAccountId is required')
        http.post('/amazonConnections', [AmazonAccountId: http.accountId('dr-role'), RegionId: 'nowhere']).json.details
                .contains('RegionId refers to no region: nowhere')
        http.get("/amazonConnections/${UUID.randomUUID()}/cloudEncryptionKeys").status == 404
    }

    def "the small estate has about 80 instances in four regions, the named core among them, names repeating across regions"() {
        when:
        def instances = http.all('/virtualMachines')
        def byRegion = instances.groupBy { it.region.name }

        then:
        instances.size() == 80
        byRegion.keySet() == ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'] as Set
        byRegion['us-east-1']*.name.containsAll(['web-01', 'web-02', 'web-03', 'web-04', 'web-canary', 'app-01', 'app-02',
                'app-03', 'app-04', 'db-01', 'db-02', 'cache-01', 'bastion-01', 'staging-web-01', 'dev-app-01'])
        byRegion['eu-west-1']*.name.containsAll(['web-01', 'web-02', 'web-03', 'app-01', 'db-01'])
        instances.every { it.awsResourceId ==~ /i-0[0-9a-f]{16}/ && it.instanceType && it.instanceSizeGigabytes > 0 }
        instances*.id.toSet().size() == 80
    }

    def "every instance has exactly one system volume, and its size is the sum of its volumes"() {
        expect:
        http.all('/virtualMachines').every { vm ->
            def volumes = http.all("/virtualMachines/$vm.id/volumes")
            volumes.count { it.isSystem } == 1 && volumes.size() <= 3 &&
                    volumes.every { it.awsResourceId ==~ /vol-0[0-9a-f]{16}/ } &&
                    volumes*.sizeGigabytes.sum() == vm.instanceSizeGigabytes
        }
    }

    def "instances filter by region, AWS account and name pattern, and page"() {
        expect:
        http.all('/virtualMachines', [RegionId: http.regionId('eu-west-1')]).every { it.region.name == 'eu-west-1' }
        http.all('/virtualMachines', [ResourceAwsAccountId: '555555555555']).every { it.resourceAwsAccountId == '555555555555' }
        http.all('/virtualMachines', [SearchPattern: 'web-0?']).every { it.name ==~ /web-0./ }
        http.all('/virtualMachines', [SearchPattern: 'web-0?']).size() == 9
        http.get('/virtualMachines', [Offset: 78, Limit: 5]).json.results.size() == 2
        http.get('/virtualMachines', [Offset: 78, Limit: 5]).json.totalCount == 80
    }

    def "an unknown instance is a 404"() {
        expect:
        http.get("/virtualMachines/${UUID.randomUUID()}").status == 404
        http.get("/virtualMachines/${UUID.randomUUID()}/volumes").json.errorCode == 'NotFound'
    }
}
