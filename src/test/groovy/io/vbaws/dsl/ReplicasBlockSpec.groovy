package io.vbaws.dsl

import io.vbaws.api.model.KeyValueTag

/** replicate from:/to:/role:/key:/onlyEncrypted:, and replicas { replicate; tags; copyTagsFromVolume }. */
class ReplicasBlockSpec extends DslSpecification {

    def "the design's replicate form declares one route"() {
        when:
        def r = policy("""slaPolicy "r" { $REQUIRED
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr", onlyEncrypted: true
}""").replicas()

        then:
        r.routes().size() == 1
        with(r.routes()[0]) {
            from().name() == 'us-east-1'
            to().name() == 'us-west-2'
            role().name() == 'dr-role'
            key().name() == 'alias/dr'
            onlyEncrypted()
            at().line() == 2
        }
        r.tags() == null
        r.copyTagsFromVolume() == null
    }

    def "a replicas block holds routes, replica tags and copy-tags"() {
        when:
        def r = policy("""slaPolicy "r" { account "backup-prod"; regions "us-east-1", "eu-west-1"; template "gold"
    replicas {
        replicate from: "us-east-1", to: "us-west-2", role: "dr-role"
        replicate from: "eu-west-1", to: "eu-central-1", role: "dr-role", key: "dr-key"
        tags replica: "true"
        copyTagsFromVolume true
    }
}""").replicas()

        then:
        r.routes()*.to()*.name() == ['us-west-2', 'eu-central-1']
        r.routes()[0].key() == null
        r.routes()[0].onlyEncrypted() == null
        r.tags() == [new KeyValueTag('replica', 'true')]
        r.copyTagsFromVolume()
    }

    def "a route needs from, to and role"() {
        when:
        def errors = errorsOf("""slaPolicy "r" { $REQUIRED
    replicate from: "us-east-1", key: "alias/dr"
}""")

        then:
        errors*.toString() == ['(policies.groovy, line 2, column 5) replicate needs to:, role: (expected from: SOURCE_REGION, to: TARGET_REGION, role: IAM_ROLE)']
    }

    def "a route's source is one of the policy's regions"() {
        when:
        def errors = errorsOf("""slaPolicy "r" { $REQUIRED
    replicate from: "eu-west-1", to: "us-west-2", role: "dr-role"
}""")

        then:
        errors*.toString() == ['(policies.groovy, line 2, column 21) replicate from: "eu-west-1" is not one of the policy\'s regions (us-east-1)']
    }

    def "one route per source region"() {
        when:
        def errors = errorsOf("""slaPolicy "r" { $REQUIRED
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role"
    replicas { replicate from: "us-east-1", to: "us-east-2", role: "dr-role" }
}""")

        then:
        errors*.toString() == ['(policies.groovy, line 3, column 16) replicate from "us-east-1" is already declared at line 2: one replica route per source region']
    }

    def "an unknown key of replicate lists the allowed ones"() {
        when:
        def errors = errorsOf("""slaPolicy "r" { $REQUIRED
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", encrypted: true
}""")

        then:
        errors*.toString() == ['(policies.groovy, line 2, column 5) replicate: unknown key encrypted: (did you mean onlyEncrypted:?); expected from:, to:, role:, key:, onlyEncrypted:']
    }
}
