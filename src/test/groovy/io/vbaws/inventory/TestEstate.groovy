package io.vbaws.inventory

import io.vbaws.api.model.*

/**
 * An in-memory copy of the simulated appliance's named core (common brief), for resolution
 * specs that need no server: regions, IAM roles, the acme organization, templates, tags,
 * instances (web-01 in us-east-1 and in eu-west-1), volumes and KMS keys, with every deferred
 * lookup counted.
 */
class TestEstate implements DeferredLookups {

    static final List<String> REGION_CODES = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1',
            'sa-east-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'eu-south-1',
            'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
            'me-south-1', 'af-south-1']
    static final List<String> KEY_REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'us-east-2']

    final List<Region> regions = REGION_CODES.collect { new Region("region-$it", it, 'OptedIn', null) }
    final List<AmazonAccount> accounts = [
            account('backup-prod', '111111111111'), account('backup-dev', '222222222222'),
            account('dr-role', '333333333333'), account('worker-role', '111111111111'),
            account('backup-audit', '666666666666')]
    final List<Organization> organizations = [new Organization('org-acme', 'acme', null, 'o-acme000001',
            [new OrganizationUnit('unit-prod', 'ou-prod', 'ou-ab12-prod0001', null),
             new OrganizationUnit('unit-dev', 'ou-dev', 'ou-ab12-dev00001', null),
             new OrganizationUnit('unit-sandbox', 'ou-sandbox', 'ou-ab12-sbx00001', null)],
            [new OrganizationMember('member-prod-main', 'prod-main', '111111111111', 'unit-prod'),
             new OrganizationMember('member-prod-data', 'prod-data', '444444444444', 'unit-prod'),
             new OrganizationMember('member-dev', 'dev', '222222222222', 'unit-dev'),
             new OrganizationMember('member-sandbox', 'sandbox', '555555555555', 'unit-sandbox')], null)]
    final List<SlaTemplate> slaTemplates = [template('gold', 99d), template('silver', 97d), template('bronze', 95d)]
    final List<StorageTemplate> storageTemplates = ['s3-90d', 's3-1y', 'glacier-archive'].collect {
        new StorageTemplate("storage-$it", it, null, null, null, null, null)
    }
    final List<CloudTag> tags = ['env=prod', 'env=staging', 'env=dev', 'tier=web', 'tier=app', 'tier=db', 'backup=skip',
                                 'owner=platform', 'owner=data', 'app=shop', 'app=billing'].collect {
        def (k, v) = it.split('=')
        new CloudTag("tag-$k-$v", k, v, null)
    }
    final List<VirtualMachine> virtualMachines = []
    final Map<String, List<EbsVolume>> volumes = [:]
    final Map<String, Integer> volumeLookups = [:].withDefault { 0 }
    final Map<String, Integer> keyLookups = [:].withDefault { 0 }

    TestEstate() {
        (1..4).each { vm("web-0$it", 'us-east-1', 0) }
        vm('web-canary', 'us-east-1', 0)
        (1..4).each { vm("app-0$it", 'us-east-1', 1) }
        vm('db-01', 'us-east-1', 2)
        vm('db-02', 'us-east-1', 2)
        ['cache-01', 'bastion-01', 'staging-web-01', 'dev-app-01'].each { vm(it, 'us-east-1', 0) }
        (1..3).each { vm("web-0$it", 'eu-west-1', 0) }
        vm('app-01', 'eu-west-1', 1)
        vm('db-01', 'eu-west-1', 1)
        vm('app-11', 'us-west-2', 0)
        vm('db-21', 'eu-central-1', 1)
        vm('old-01', 'us-east-1', 0, true)
    }

    InventorySnapshot snapshot() {
        new InventorySnapshot(regions, tags, virtualMachines, accounts, organizations, slaTemplates, storageTemplates)
    }

    InventoryIndex index() {
        new InventoryIndex(snapshot(), this)
    }

    VirtualMachine instance(String name, String region) {
        virtualMachines.find { it.name() == name && it.region().name() == region }
    }

    String regionId(String code) { "region-$code" }

    String accountId(String name) { accounts.find { it.name() == name }.id() }

    String tagId(String key, String value) { "tag-$key-$value" }

    String arn(String region, String accountName, String keyName) {
        "arn:aws:kms:$region:${accounts.find { it.name() == accountName }.awsAccountId()}:key/$keyName-0000"
    }

    @Override
    List<EbsVolume> volumes(String virtualMachineId) {
        volumeLookups[virtualMachineId]++
        volumes[virtualMachineId] ?: []
    }

    @Override
    List<EncryptionKey> encryptionKeys(String accountId, String regionId) {
        keyLookups["$accountId|$regionId".toString()]++
        String region = regionId - 'region-'
        AmazonAccount account = accounts.find { it.id() == accountId }
        if (!(region in KEY_REGIONS) || account == null) {
            return []
        }
        [['dr-key', 'alias/dr'], ['backup-key', 'alias/backup'], ['ebs-default', 'alias/aws/ebs']].collect { name, alias ->
            new EncryptionKey("arn:aws:kms:$region:${account.awsAccountId()}:key/$name-0000", name, alias)
        }
    }

    private void vm(String name, String region, int dataVolumes, boolean deleted = false) {
        String awsId = String.format('i-0%015x', Math.abs((name + region).hashCode()))
        String id = "vm-$region-$name"
        virtualMachines << new VirtualMachine(id, name, awsId, 't3.medium', 20d, new RegionRef("region-$region", region),
                '111111111111', 0, null, deleted, null)
        List<EbsVolume> vols = [new EbsVolume("vol-id-$region-$name-root", volumeId(name, region, 0), "$name-root", 8d, true, null)]
        (1..<(dataVolumes + 1)).each { i ->
            vols << new EbsVolume("vol-id-$region-$name-data$i", volumeId(name, region, i), "$name-data$i", 100d, false, null)
        }
        volumes[id] = vols
    }

    /** The vol- ID of an instance's volume: 0 is the system volume, 1.. the data volumes. */
    static String volumeId(String name, String region, int n) {
        'vol-0' + UUID.nameUUIDFromBytes((name + region + n).bytes).toString().replace('-', '')[0..<16]
    }

    private static AmazonAccount account(String name, String awsId) {
        new AmazonAccount("account-$name", name, null, awsId, 'Global', name, null)
    }

    private static SlaTemplate template(String name, double target) {
        new SlaTemplate("sla-$name", name, null, target, null, null, null, null, null, null, 0L, null)
    }
}
