package io.vbaws.inventory

import io.vbaws.declaration.ScriptErrors
import io.vbaws.api.model.ApiValues
import io.vbaws.api.model.Region
import io.vbaws.api.model.VolumeRef

/** Resolution rules of issue 4 item 5, against the in-memory estate. */
class PolicyResolverSpec extends ResolutionSpecification {

    def "regions resolve by code, templates and roles by name"() {
        when:
        def spec = resolveOne('''slaPolicy "p" {
    account "backup-prod"; regions "us-east-1", "eu-west-1"; template "gold"; storage "s3-90d"
}''').spec()

        then:
        spec.name() == 'p'
        spec.regionIds() == [estate.regionId('us-east-1'), estate.regionId('eu-west-1')]
        spec.identityId() == estate.accountId('backup-prod')
        spec.slaTemplateId() == 'sla-gold'
        spec.storageTemplateId() == 'storage-s3-90d'
        spec.organizationSettings() == null
    }

    def "without include the policy protects all items, and without exclude it excludes nothing"() {
        when:
        def spec = resolveOne(policy('')).spec()

        then:
        spec.backupType() == ApiValues.BackupType.ALL_ITEMS
        spec.selectedItems().virtualMachineIds() == []
        spec.selectedItems().tagIds() == []
        spec.excludedItems().virtualMachineIds() == []
        spec.excludedItems().tagIds() == []
        spec.excludedItems().excludedVolumes().excludeSystemVolumes() == false
        spec.excludedItems().excludedVolumes().excludedItems() == []
    }

    def "settings the script leaves out stay null in the body"() {
        when:
        def resolved = resolveOne(policy(''))
        def spec = resolved.spec()

        then:
        spec.description() == null
        spec.storageTemplateId() == null
        spec.snapshotSettings() == null
        spec.replicaSettings() == null
        spec.retrySettings() == null
        spec.notificationSettings() == null
        spec.productionWorkersSettings() == null
        resolved.enabled() == null
        resolved.priority() == null
        !resolved.protect()
    }

    def "instances resolve by name within the policy's regions, or by i- ID; tags by key and value"() {
        given:
        def db02 = estate.instance('db-02', 'us-east-1')
        def web01eu = estate.instance('web-01', 'eu-west-1')

        when:
        def spec = resolveOne(policy("""
    include instances: ["db-02", "${web01eu.awsResourceId()}"], tags: [env: "prod", tier: ["web", "db"]]
    exclude instances: ["web-canary"], tags: [backup: "skip"]""", '"us-east-1", "eu-west-1"')).spec()

        then:
        spec.backupType() == ApiValues.BackupType.SELECTED_ITEMS
        spec.selectedItems().virtualMachineIds() == [db02.id(), web01eu.id()]
        spec.selectedItems().tagIds() == [estate.tagId('env', 'prod'), estate.tagId('tier', 'web'), estate.tagId('tier', 'db')]
        spec.excludedItems().virtualMachineIds() == [estate.instance('web-canary', 'us-east-1').id()]
        spec.excludedItems().tagIds() == [estate.tagId('backup', 'skip')]
    }

    def "an instance name that repeats in the policy's regions is ambiguous: the candidates with IDs and regions"() {
        given:
        def east = estate.instance('web-01', 'us-east-1')
        def west = estate.instance('web-01', 'eu-west-1')

        when:
        def errors = resolutionErrors(policy('include instances: ["web-01"]', '"us-east-1", "eu-west-1"'))

        then:
        errors == ["(policies.groovy, line 3, column 25) instance \"web-01\" is ambiguous in us-east-1, eu-west-1: " +
                   "web-01 (${east.awsResourceId()}, us-east-1), web-01 (${west.awsResourceId()}, eu-west-1); " +
                   'write "us-east-1/web-01" or "eu-west-1/web-01" instead'.toString()]
    }

    def "REGION/NAME settles a name that repeats across the policy's regions, in include, exclude and volumes"() {
        given:
        def east = estate.instance('web-01', 'us-east-1')
        def west = estate.instance('web-01', 'eu-west-1')
        String root = TestEstate.volumeId('web-01', 'eu-west-1', 0)

        when:
        def spec = resolveOne(policy("""
    include instances: ["eu-west-1/web-01"]
    exclude instances: ["us-east-1/web-01"], volumes: ["eu-west-1/web-01/$root"]""", '"us-east-1", "eu-west-1"')).spec()

        then:
        spec.selectedItems().virtualMachineIds() == [west.id()]
        spec.excludedItems().virtualMachineIds() == [east.id()]
        spec.excludedItems().excludedVolumes().excludedItems()*.id() == ['vol-id-eu-west-1-web-01-root']
    }

    def "REGION/NAME with a region the policy does not cover says so, with the closest of its regions"() {
        expect:
        resolutionErrors(policy('include instances: ["us-east-2/web-01"]', '"us-east-1", "eu-west-1"')) ==
                ['(policies.groovy, line 3, column 25) instance "us-east-2/web-01": "us-east-2" is not one of the policy\'s regions (us-east-1, eu-west-1); did you mean "us-east-1"?']
    }

    def "a misspelled tag key suggests the tags of the closest keys, and a misspelled value the closest values of its key"() {
        expect:
        List<String> errors = resolutionErrors(policy(script))
        errors.size() == 1
        errors[0].startsWith('(policies.groovy, line 3, column ')
        errors[0].endsWith(") unknown tag \"$tag\"; did you mean \"$meant\"?")

        where:
        script                                  | tag               || meant
        'include tags: [enviroment: "prod"]'    | 'enviroment=prod' || 'env=prod'
        'include tags: [env: "prd"]'            | 'env=prd'         || 'env=prod'
    }

    def "the resolver does not check the declarations again: PolicyScripts checked them once"() {
        given: 'declarations that break an offline rule, made without the DSL that would have refused them'
        def declared = declare(policy(''))
        def p = declared.policies()[0]
        def unchecked = new io.vbaws.declaration.Declarations([new io.vbaws.declaration.PolicyDeclaration(p.name(), p.declaredAt(),
                p.description(), p.identity(), p.regions(), p.template(), p.storage(), p.include(), p.exclude(), p.snapshots(),
                p.replicas(), 500, p.notification(), p.workers(), p.enabled(), p.priority(), p.protect(), p.places())], [])

        expect: 'resolution resolves names only; the range of retries was the checks\' business'
        new PolicyResolver(index).resolve(unchecked).policies()[0].spec().retrySettings().retryTimes() == 500
    }

    def "online, the appliance's regions replace the offline guess: a code it knows draws no warning"() {
        given: 'a script naming a region vbaws does not know, which this appliance has'
        def s = estate.snapshot()
        def withNewRegion = new InventoryIndex(new InventorySnapshot(s.regions() + [new Region('region-xx', 'xx-newland-1', 'OptedIn', null)],
                s.tags(), s.virtualMachines(), s.accounts(), s.organizations(), s.slaTemplates(), s.storageTemplates()), estate)
        def declared = declare(policy('', '"xx-newland-1"'))

        expect:
        declared.warnings()*.message() == ['unknown AWS region "xx-newland-1" (checked offline against the regions vbaws knows; the appliance decides online)']
        new PolicyResolver(withNewRegion).resolve(declared).warnings() == []

        when: 'an appliance that lacks it too'
        new PolicyResolver(index).resolve(declared)

        then: 'it is an error online'
        ScriptErrors e = thrown()
        e.errors()*.isError() == [true]
        e.errors()[0].message() == 'unknown region "xx-newland-1"'
    }

    def "the i- ID settles an ambiguous name"() {
        given:
        def west = estate.instance('web-01', 'eu-west-1')

        expect:
        resolveOne(policy("include instances: [\"${west.awsResourceId()}\"]", '"us-east-1", "eu-west-1"'))
                .spec().selectedItems().virtualMachineIds() == [west.id()]
    }

    def "in one region a repeated name is not ambiguous"() {
        expect:
        resolveOne(policy('include instances: ["web-01"]', '"eu-west-1"')).spec().selectedItems().virtualMachineIds() ==
                [estate.instance('web-01', 'eu-west-1').id()]
    }

    def "an instance outside the policy's regions says where it is"() {
        given:
        def db21 = estate.instance('db-21', 'eu-central-1')

        expect:
        resolutionErrors(policy('include instances: ["db-21"]')) ==
                ["(policies.groovy, line 3, column 25) instance \"db-21\" is not in the policy's regions (us-east-1); it is in db-21 (${db21.awsResourceId()}, eu-central-1)".toString()]
    }

    def "a deleted instance is not resolved"() {
        expect:
        resolutionErrors(policy('include instances: ["old-01"]'))[0].contains('unknown instance "old-01" in us-east-1')
    }

    def "unknown names say what was looked for and the closest names, best first, at file and line"() {
        when:
        def errors = resolutionErrors('''slaPolicy "typos" {
    account "backup-prd"
    regions "us-est-1"
    template "goldd"
    storage "s3-90"
}
slaPolicy "more" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    include instances: ["web-1"], tags: [env: "prd"]
    replicate from: "us-east-1", to: "us-west-2", role: "dr-rol"
}''', 'typos.groovy')

        then:
        errors == [
                '(typos.groovy, line 2, column 13) unknown IAM role "backup-prd"; did you mean one of "backup-prod", "backup-dev"?',
                '(typos.groovy, line 3, column 13) unknown region "us-est-1"; did you mean one of "us-east-1", "us-west-1", "us-east-2"?',
                '(typos.groovy, line 4, column 14) unknown SLA template "goldd"; did you mean "gold"?',
                '(typos.groovy, line 5, column 13) unknown storage template "s3-90"; did you mean one of "s3-90d", "s3-1y"?',
                '(typos.groovy, line 9, column 25) unknown instance "web-1" in us-east-1; did you mean one of "web-01", "web-02", "web-03"?',
                '(typos.groovy, line 9, column 47) unknown tag "env=prd"; did you mean "env=prod"?',
                '(typos.groovy, line 10, column 57) unknown IAM role "dr-rol"; did you mean "dr-role"?']
    }

    def "an unknown name with nothing close lists a small collection whole"() {
        expect:
        resolutionErrors('slaPolicy "p" { account "backup-prod"; regions "us-east-1"; template "platinum" }') ==
                ['(policies.groovy, line 1, column 70) unknown SLA template "platinum"; expected one of "gold", "silver", "bronze"']
    }

    def "every resolution error of every policy is reported, and none of the failing policies"() {
        when:
        new PolicyResolver(index).resolve(declare('''
slaPolicy "a" { account "nobody"; regions "us-east-1"; template "gold" }
slaPolicy "b" { account "backup-prod"; regions "mars-1"; template "gold" }
slaPolicy "c" { account "backup-prod"; regions "us-east-1"; template "gold" }'''))

        then:
        def e = thrown(ScriptErrors)
        e.errors()*.at()*.line() == [2, 3]
    }

    def "an organization resolves with its OU (by name or ou- ID) and excluded members (by name or account ID)"() {
        when:
        def byName = resolveOne('slaPolicy "o" { organization "acme", scope: "ou-prod", excludeMembers: ["prod-data", "111111111111"]; regions "us-east-1"; template "gold" }').spec()
        def byId = resolveOne('slaPolicy "o" { organization "acme", scope: "ou-ab12-dev00001"; regions "us-east-1"; template "gold" }').spec()
        def whole = resolveOne('slaPolicy "o" { organization "acme"; regions "us-east-1"; template "gold" }').spec()

        then:
        byName.identityId() == 'org-acme'
        byName.organizationSettings().limitedScopeId() == 'unit-prod'
        byName.organizationSettings().excludedMembers() == ['member-prod-data', 'member-prod-main']
        byId.organizationSettings().limitedScopeId() == 'unit-dev'
        byId.organizationSettings().excludedMembers() == []
        whole.organizationSettings().limitedScopeId() == null
        whole.organizationSettings().excludedMembers() == []
    }

    def "an unknown OU or member is looked for within its organization"() {
        expect:
        resolutionErrors('slaPolicy "o" { organization "acme", scope: "ou-prd", excludeMembers: ["sandbx"]; regions "us-east-1"; template "gold" }') == [
                '(policies.groovy, line 1, column 45) unknown organizational unit "ou-prd" in organization acme; did you mean "ou-prod"?',
                '(policies.groovy, line 1, column 72) unknown organization member "sandbx" in organization acme; did you mean "sandbox"?']
    }

    def "replica routes resolve regions, role and key (name, alias or ARN) into the key's ARN"() {
        when:
        def spec = resolveOne(policy('''
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr", onlyEncrypted: true
    replicas {
        replicate from: "eu-west-1", to: "eu-central-1", role: "dr-role", key: "backup-key"
        tags replica: "true"
    }''', '"us-east-1", "eu-west-1"')).spec()
        def routes = spec.replicaSettings().mapping()

        then:
        routes*.sourceRegionId() == [estate.regionId('us-east-1'), estate.regionId('eu-west-1')]
        routes*.targetRegionId() == [estate.regionId('us-west-2'), estate.regionId('eu-central-1')]
        routes*.targetIAMRoleId() == [estate.accountId('dr-role')] * 2
        routes*.encryptionKey() == [estate.arn('us-west-2', 'dr-role', 'dr-key'), estate.arn('eu-central-1', 'dr-role', 'backup-key')]
        routes*.encryptOnlyEncryptedVolumes() == [true, null]
        spec.replicaSettings().additionalTags()*.key() == ['replica']
        spec.replicaSettings().copyTagsFromVolumeEnabled() == null
    }

    def "a key given by ARN resolves, and a route without a key sends none"() {
        given:
        String arn = estate.arn('us-west-2', 'dr-role', 'ebs-default')

        expect:
        resolveOne(policy("replicate from: 'us-east-1', to: 'us-west-2', role: 'dr-role', key: '$arn'"))
                .spec().replicaSettings().mapping()[0].encryptionKey() == arn
        resolveOne(policy("replicate from: 'us-east-1', to: 'us-west-2', role: 'dr-role'"))
                .spec().replicaSettings().mapping()[0].encryptionKey() == null
    }

    def "keys are fetched once per role and target region, only for routes that name a key"() {
        when:
        resolve('''
slaPolicy "a" { account "backup-prod"; regions "us-east-1"; template "gold"
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr" }
slaPolicy "b" { account "backup-prod"; regions "us-east-1"; template "gold"
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "dr-key" }
slaPolicy "c" { account "backup-prod"; regions "us-east-1"; template "gold"
    replicate from: "us-east-1", to: "eu-west-1", role: "dr-role" }''')

        then:
        estate.keyLookups == [(estate.accountId('dr-role') + '|' + estate.regionId('us-west-2')): 1]
    }

    def "an unknown key names the role and region it was looked for in"() {
        expect:
        resolutionErrors(policy('replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/drr"')) ==
                ['(policies.groovy, line 3, column 73) unknown encryption key "alias/drr" for role dr-role in us-west-2; did you mean "alias/dr"?']
    }

    def "volumes resolve by vol- ID among the volumes of the named instances, fetched for those instances only"() {
        given:
        def db01 = estate.instance('db-01', 'us-east-1')
        def db02 = estate.instance('db-02', 'us-east-1')
        String data1 = TestEstate.volumeId('db-01', 'us-east-1', 1)
        String data2 = TestEstate.volumeId('db-02', 'us-east-1', 2)

        when:
        def spec = resolveOne(policy("""
    include instances: ["db-01"]
    exclude volumes: ["$data1", "db-02/$data2"]""")).spec()

        then:
        spec.excludedItems().excludedVolumes().excludedItems() == [
                new VolumeRef("vol-id-us-east-1-db-01-data1", 'Volume'), new VolumeRef("vol-id-us-east-1-db-02-data2", 'Volume')]
        estate.volumeLookups.keySet() == [db01.id(), db02.id()] as Set
    }

    def "a bare volume ID needs its instance when the policy names no instances"() {
        expect:
        resolutionErrors(policy('exclude volumes: ["vol-0aa11"]')) ==
                ['(policies.groovy, line 3, column 23) exclude volumes: say whose volume "vol-0aa11" is, as "INSTANCE/vol-0aa11": this policy includes no instances by name, and vbaws reads the volumes of named instances only']
    }

    def "an unknown volume lists its instance's volumes that come close"() {
        given:
        def db01 = estate.instance('db-01', 'us-east-1')
        String near = TestEstate.volumeId('db-01', 'us-east-1', 1)
        String typo = near[0..-2] + (near[-1] == '0' ? '1' : '0')

        expect:
        resolutionErrors(policy("exclude volumes: [\"db-01/$typo\"]")) ==
                ["(policies.groovy, line 3, column 23) unknown volume \"$typo\" on db-01 (${db01.awsResourceId()}, us-east-1); did you mean \"$near\"?".toString()]
    }

    def "workers, notifications, retries, snapshots and the policy's own switches go into the body"() {
        when:
        def resolved = resolveOne(policy('''
    description "d"
    workers production: true, role: "worker-role", accountName: "prod-main"
    notify email: "ops@example.com", at: "08:00"
    retries 2
    snapshots { vss true }
    enabled false
    priority 4
    protect true'''))

        then:
        resolved.spec().description() == 'd'
        resolved.spec().productionWorkersSettings().useProductionWorkers()
        resolved.spec().productionWorkersSettings().workerRoleId() == estate.accountId('worker-role')
        resolved.spec().productionWorkersSettings().workerRoleAccountName() == 'prod-main'
        resolved.spec().notificationSettings().sendOnSpecificTime() == '08:00'
        resolved.spec().retrySettings().retryTimes() == 2
        resolved.spec().snapshotSettings().tryCreateVSSSnapshot()
        resolved.spec().snapshotSettings().additionalTags() == null
        resolved.enabled() == false
        resolved.priority() == 4
        resolved.protect()
        resolved.declaredAt().toString() == '(policies.groovy, line 1, column 11)'
    }

    def "protect rules pass through to the desired state"() {
        expect:
        resolve("protect 'legacy-*'\n" + policy('protect true')).protectRules()*.pattern() == ['legacy-*', 'p']
    }

    def "an appliance ID works wherever a name does"() {
        expect:
        resolveOne('slaPolicy "p" { account "account-backup-prod"; regions "region-us-east-1"; template "sla-gold" }')
                .spec().slaTemplateId() == 'sla-gold'
    }
}
