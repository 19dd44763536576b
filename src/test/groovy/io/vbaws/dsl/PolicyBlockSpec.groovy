package io.vbaws.dsl

import io.vbaws.declaration.AccountIdentity
import io.vbaws.declaration.OrganizationIdentity
import io.vbaws.declaration.PolicySetting

/** The slaPolicy block: each setting becomes the declaration's field, with where it was written. */
class PolicyBlockSpec extends DslSpecification {

    def "the design's form declares a policy with its settings"() {
        when:
        def p = policy '''
slaPolicy "prod-web" {
    description "Production web tier"
    account "backup-prod"
    regions "us-east-1", "eu-west-1"
    template "gold"
    storage "s3-90d"
    retries 3
    enabled true
    priority 1
}'''

        then:
        p.name() == 'prod-web'
        p.description() == 'Production web tier'
        (p.identity() as AccountIdentity).role().name() == 'backup-prod'
        p.regions()*.name() == ['us-east-1', 'eu-west-1']
        p.template().name() == 'gold'
        p.storage().name() == 's3-90d'
        p.retries() == 3
        p.enabled()
        p.priority() == 1
    }

    def "a setting left out stays null, so it is neither sent nor diffed"() {
        when:
        def p = policy "slaPolicy 'minimal' { $REQUIRED }"

        then:
        p.description() == null
        p.storage() == null
        p.include() == null
        p.exclude() == null
        p.snapshots() == null
        p.replicas() == null
        p.retries() == null
        p.notification() == null
        p.workers() == null
        p.enabled() == null
        p.priority() == null
        p.protect() == null
    }

    def "names carry file, line and column of their literal"() {
        when:
        def p = policy '''slaPolicy "a" {
    account "backup-prod"
    regions "us-east-1",
            "eu-west-1"
    template "gold"
}'''

        then:
        p.declaredAt().toString() == '(policies.groovy, line 1, column 11)'
        p.regions()[0].at().toString() == '(policies.groovy, line 3, column 13)'
        p.regions()[1].at().toString() == '(policies.groovy, line 4, column 13)'
        p.template().at().toString() == '(policies.groovy, line 5, column 14)'
        p.placeOf(PolicySetting.TEMPLATE).line() == 5
    }

    def "the parenthesised form works as well as the command form"() {
        expect:
        policy("slaPolicy('p') { $REQUIRED }").name() == 'p'
        policy("slaPolicy('p', { $REQUIRED })").name() == 'p'
    }

    def "several policies per file, and policies declared in a loop"() {
        when:
        def declarations = declare """
slaPolicy "first" { $REQUIRED }
(1..10).each { i ->
    slaPolicy "web-\$i" {
        $REQUIRED
        retries i % 3
    }
}
def names = ["a", "b"]
for (String n : names) {
    slaPolicy("tier-" + n) { $REQUIRED }
}"""

        then:
        declarations.policies()*.name() == ['first'] + (1..10).collect { "web-$it".toString() } + ['tier-a', 'tier-b']
        declarations.policies().find { it.name() == 'web-4' }.retries() == 1
    }

    def "an organization identity takes scope and excluded members"() {
        when:
        def p = policy '''slaPolicy "org" {
    organization "acme", scope: "ou-prod", excludeMembers: ["111111111111", "prod-data"]
    regions "us-east-1"; template "gold"
}'''
        def org = p.identity() as OrganizationIdentity

        then:
        org.organization().name() == 'acme'
        org.scope().name() == 'ou-prod'
        org.excludedMembers()*.name() == ['111111111111', 'prod-data']
    }

    def "a whole organization has no scope and no excluded members"() {
        when:
        def org = policy('slaPolicy "org" { organization "acme"; regions "us-east-1"; template "gold" }').identity() as OrganizationIdentity

        then:
        org.scope() == null
        org.excludedMembers().isEmpty()
    }

    def "a policy has one identity: an account and an organization together is an error"() {
        when:
        def errors = errorsOf '''slaPolicy "two" {
    account "backup-prod"
    organization "acme"
    regions "us-east-1"; template "gold"
}'''

        then:
        errors*.toString() == ['(policies.groovy, line 3, column 5) the identity is already set at line 2: a policy has one, an account or an organization']
    }

    def "include chooses instances and tags; exclude instances, tags and volumes"() {
        when:
        def p = policy """slaPolicy "sel" {
    $REQUIRED
    include instances: ["web-01", "i-0abc1234"], tags: [env: "prod"]
    include tags: ["tier=web"], instances: "db-01"
    exclude instances: ["web-canary"], tags: [backup: "skip", env: ["dev", "staging"]]
    exclude volumes: system
    exclude volumes: ["db-01/vol-0aa11"]
}"""

        then:
        p.include().instances()*.name() == ['web-01', 'i-0abc1234', 'db-01']
        p.include().tags()*.toString() == ['env=prod', 'tier=web']
        p.exclude().instances()*.name() == ['web-canary']
        p.exclude().tags()*.toString() == ['backup=skip', 'env=dev', 'env=staging']
        p.exclude().systemVolumes()
        p.exclude().volumes()*.name() == ['db-01/vol-0aa11']
    }

    def "exclude volumes takes system and volume IDs in one list"() {
        when:
        def p = policy "slaPolicy 'v' { $REQUIRED; include instances: ['db-01']; exclude volumes: [system, 'vol-0bb22'] }"

        then:
        p.exclude().systemVolumes()
        p.exclude().volumes()*.name() == ['vol-0bb22']
    }

    def "notify, workers and protect read their named arguments"() {
        when:
        def p = policy """slaPolicy "n" {
    $REQUIRED
    notify email: "ops@example.com", onlyMissedSla: true, at: "08:00"
    workers production: true, role: "worker-role", accountName: "prod-main"
    protect true
}"""

        then:
        with(p.notification()) {
            email() == 'ops@example.com'
            enableNotifications()
            includeOnlyMissedSlaAndRemovedVms()
            sendOnSpecificTime() == '08:00'
        }
        p.workers().production()
        p.workers().role().name() == 'worker-role'
        p.workers().accountName() == 'prod-main'
        p.isProtected()
    }

    def "notify enables notifications unless it says enabled: false"() {
        expect:
        !policy("slaPolicy 'n' { $REQUIRED; notify email: 'a@b.io', enabled: false }").notification().enableNotifications()
    }

    def "a setting written twice in one block is an error naming the first line"() {
        when:
        def errors = errorsOf """slaPolicy "twice" {
    $REQUIRED
    retries 3
    retries 4
}"""

        then:
        errors*.toString() == ['(policies.groovy, line 4, column 5) retries is already set at line 3 of this slaPolicy']
    }

    def "regions accept a list, as when they come from a variable"() {
        when:
        def p = policy '''def production = ["us-east-1", "eu-west-1"]
slaPolicy "l" { account "backup-prod"; regions production; template "gold" }'''

        then:
        p.regions()*.name() == ['us-east-1', 'eu-west-1']
    }
}
