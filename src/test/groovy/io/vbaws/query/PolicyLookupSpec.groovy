package io.vbaws.query
import io.vbaws.query.PolicyLookup
import io.vbaws.query.QueryException

import io.vbaws.api.model.SlaPolicy
import spock.lang.Specification

/** Naming a policy: by ID, by name, ignoring case when that is unambiguous; ambiguity and typos explained. */
class PolicyLookupSpec extends Specification {
    def lookup = new PolicyLookup()

    static SlaPolicy policy(String id, String name) {
        new SlaPolicy(id, name, null, 1, true, null, 1L, null, null, null, null, null, null, null, null, null, null, null, null, null)
    }

    def policies = [policy('id-1', 'prod-web'), policy('id-2', 'prod-db'), policy('id-3', 'twin'), policy('id-4', 'twin')]

    def "a policy is found by ID, by exact name, or by name in another case"() {
        expect:
        lookup.find('id-2', policies).name() == 'prod-db'
        lookup.find('prod-web', policies).id() == 'id-1'
        lookup.find('PROD-WEB', policies).id() == 'id-1'
    }

    def "a name two policies share is ambiguous and lists their IDs"() {
        when:
        lookup.find('twin', policies)

        then:
        def e = thrown(QueryException)
        e.message == "policy name 'twin' is ambiguous: 2 policies have it (twin id id-3, twin id id-4); name one by its ID"
    }

    def "an unknown name lists the closest names"() {
        when:
        lookup.find('prod-wbe', policies)

        then:
        def e = thrown(QueryException)
        e.message == "no policy 'prod-wbe' on the appliance; closest: prod-web, prod-db"
    }
}
