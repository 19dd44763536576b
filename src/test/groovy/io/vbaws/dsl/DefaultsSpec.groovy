package io.vbaws.dsl

import io.vbaws.declaration.AccountIdentity
import io.vbaws.declaration.OrganizationIdentity

/** A file's defaults { }: every policy of the file starts from them and replaces what it writes. */
class DefaultsSpec extends DslSpecification {

    def "policies take the file's defaults and replace what they write"() {
        when:
        def declarations = declare '''
defaults {
    account "backup-prod"
    storage "s3-90d"
    template "silver"
    retries 3
    snapshots { copyTagsFromVolume true; vss true }
}
slaPolicy "plain" { regions "us-east-1" }
slaPolicy "own" {
    regions "eu-west-1"
    template "gold"
    organization "acme"
    snapshots { vss false }
}'''
        def plain = declarations.policies()[0]
        def own = declarations.policies()[1]

        then:
        (plain.identity() as AccountIdentity).role().name() == 'backup-prod'
        plain.storage().name() == 's3-90d'
        plain.template().name() == 'silver'
        plain.retries() == 3
        plain.snapshots().tryCreateVSSSnapshot()

        own.identity() instanceof OrganizationIdentity
        own.template().name() == 'gold'
        own.storage().name() == 's3-90d'
        own.snapshots().copyTagsFromVolumeEnabled()
        !own.snapshots().tryCreateVSSSnapshot()
    }

    def "defaults may come after the policies"() {
        expect:
        declare('''slaPolicy "late" { regions "us-east-1" }
defaults { account "backup-prod"; template "gold" }''').policies()[0].template().name() == 'gold'
    }

    def "defaults are per file"() {
        when:
        def errors = errorsOfFiles([
                'a.groovy': 'defaults { account "backup-prod"; template "gold" }\nslaPolicy "a" { regions "us-east-1" }',
                'b.groovy': 'slaPolicy "b" { regions "us-east-1" }'])

        then:
        errors*.toString() == [
                '(b.groovy, line 1, column 11) policy "b" has no identity: expected account "ROLE" or organization "ORG" in the policy or in the file\'s defaults',
                '(b.groovy, line 1, column 11) policy "b" has no SLA template: expected template "NAME" in the policy or in the file\'s defaults']
    }

    def "a second defaults block is an error naming the first"() {
        when:
        def errors = errorsOf """defaults { account "backup-prod" }
defaults { template "gold" }
slaPolicy "p" { $REQUIRED }"""

        then:
        errors*.toString() == ['(policies.groovy, line 2, column 1) defaults are already declared at line 1: a file has one defaults block']
    }

    def "priority cannot be a default"() {
        when:
        def errors = errorsOf """defaults { priority 3 }
slaPolicy "p" { $REQUIRED }"""

        then:
        errors*.toString() == ['(policies.groovy, line 1, column 12) priority cannot be a file default: give each policy its own']
    }
}
