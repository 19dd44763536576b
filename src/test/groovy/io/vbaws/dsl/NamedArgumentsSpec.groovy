package io.vbaws.dsl

/** Named-argument forms check their keys and value types, and say what they expected. */
class NamedArgumentsSpec extends DslSpecification {

    def "an unknown key of #form lists the allowed keys"() {
        when:
        def errors = errorsOf("slaPolicy 'a' { regions 'us-east-1'; template 'gold'\n    $call\n}")

        then:
        errors*.message().first() == message

        where:
        form           | call                                               | message
        'exclude'      | 'exclude volume: system'                           | 'exclude: unknown key volume: (did you mean volumes:?); expected instances:, tags:, volumes:, systemVolumes:'
        'include'      | 'include vms: ["web-01"]'                          | 'include: unknown key vms:; expected instances:, tags:'
        'notify'       | 'notify mail: "a@b.io"'                            | 'notify: unknown key mail: (did you mean email:?); expected email:, enabled:, onlyMissedSla:, at:'
        'workers'      | 'workers production: true, iamRole: "worker-role"' | 'workers: unknown key iamRole: (did you mean role:?); expected production:, role:, accountName:'
        'organization' | 'organization "acme", ou: "ou-prod"'               | 'organization: unknown key ou:; expected scope:, excludeMembers:'
    }

    def "a value of the wrong type says what was expected"() {
        when:
        def errors = errorsOf("slaPolicy 'a' { $REQUIRED\n    $call\n}")

        then:
        errors*.message() == [message]

        where:
        call                                                | message
        'notify email: "a@b.io", onlyMissedSla: "yes"'      | 'notify onlyMissedSla: expected true or false'
        'include instances: [42]'                           | 'include instances: expected names in quotes, not the number 42'
        'include tags: ["env"]'                             | 'include tags: expected [KEY: "VALUE"] or ["KEY=VALUE", ...], not "env"'
        'exclude volumes: 3'                                | 'exclude volumes: expected system or volume IDs in quotes, not the number 3'
        'workers production: true, role: 7'                 | 'workers role: expected text in quotes'
        'replicate from: "us-east-1", to: [], role: "dr"'   | 'replicate to: expected text in quotes'
    }

    def "keys given right are read"() {
        expect:
        policy("slaPolicy 'a' { $REQUIRED\n    exclude systemVolumes: true\n}").exclude().systemVolumes()
    }
}
