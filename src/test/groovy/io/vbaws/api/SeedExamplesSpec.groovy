package io.vbaws.api

import com.fasterxml.jackson.core.type.TypeReference
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.JavaType
import com.fasterxml.jackson.databind.ObjectMapper
import io.vbaws.api.model.ApiJson
import com.fasterxml.jackson.databind.node.NumericNode
import io.vbaws.api.model.*
import spock.lang.Shared
import spock.lang.Specification

/** Every JSON example of the 1.8 reference parses into our records and writes back equal. */
class SeedExamplesSpec extends Specification {

    @Shared ObjectMapper mapper = ApiJson.newMapper()
    @Shared List<Map> examples = new groovy.json.JsonSlurper()
            .parse(getClass().getResource('/reference/seed-examples.json')).examples

    private JavaType typeFor(Map ex) {
        def tf = mapper.typeFactory
        String p = ex.path
        if (ex.kind == 'response' && ex.status >= 400) return tf.constructType(ApiError)
        if (ex.kind == 'request') {
            if (p.endsWith('/orderPriorities')) return tf.constructType(PriorityOrder)
            return tf.constructType(SlaPolicySpec)
        }
        def page = { Class c -> tf.constructParametricType(Page, c) }
        switch (p) {
            case '/api/v1/policy/ec2SlaBasedPolicies': return ex.method == 'GET' ? page(SlaPolicy) : tf.constructType(SlaPolicy)
            case '/api/v1/policy/ec2SlaBasedPolicies/{policyId}': return tf.constructType(SlaPolicy)
            case ~/.*\/slaReport/: return page(SlaReport)
            case ~/.*\/excludedItems/: return page(ExcludedItem)
            case ~/.*\/protectedResources/: return page(ProtectedResource)
            case ~/.*\/\{policyId\}\/regions/: return page(Region)
            case ~/.*\/orderPriorities/: return tf.constructType(Map)
            case ~/.*\/cost/: return tf.constructType(CostEstimate)
            case ~/.*\/slaResults/: return page(SlaPeriodResult)
            case ~/.*\/slaInstances/: return tf.constructType(SlaInstances)
            case ~/.*\/slaSessionLogs/: return page(SlaSessionLog)
            case ~/.*\/slaSessions\/.*/: return page(SlaSession)
        }
        throw new IllegalArgumentException("no record for ${ex.method} ${p}")
    }

    /** Equal as JSON, where 0 and 0.0 are the same number. */
    private static boolean sameJson(JsonNode a, JsonNode b) {
        a.equals({ JsonNode x, JsonNode y ->
            (x instanceof NumericNode && y instanceof NumericNode) ? x.decimalValue().compareTo(y.decimalValue()) : (x == y ? 0 : 1)
        } as Comparator<JsonNode>, b)
    }

    def "the reference holds 22 examples"() {
        expect:
        examples.size() == 22
    }

    def "example at seed line #ex.seedLine (#ex.method #ex.path #ex.kind) round-trips through a record"() {
        given:
        JsonNode original = mapper.valueToTree(ex.example)
        JavaType type = typeFor(ex)

        when:
        def record = mapper.treeToValue(original, type)
        JsonNode written = mapper.valueToTree(record)

        then:
        type.rawClass == Map || !(record instanceof Map)
        sameJson(original, written)

        where:
        ex << examples
    }

    def "a body with fields we do not know still parses"() {
        when:
        def p = mapper.readValue('{"id":"x","name":"n","isEnabled":false,"newField":{"a":1},"usn":7}', SlaPolicy)

        then:
        p.name() == 'n'
        !p.isEnabled()
        p.usn() == 7L
    }

    def "an error written with detail instead of details still explains itself"() {
        expect:
        mapper.readValue('{"title":"Bad","status":400,"detail":"regionIds must be unique"}', ApiError).explanation() == 'regionIds must be unique'
    }
}
