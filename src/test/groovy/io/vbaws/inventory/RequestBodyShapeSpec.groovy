package io.vbaws.inventory

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import io.vbaws.api.model.ApiJson
import spock.lang.Shared

/**
 * A script that sets every field resolves into a body of exactly the seed reference's shape: every
 * field of the reference's POST example present, nothing else, the same nesting and the same kinds
 * of values. An organization policy supplies organizationSettings, which an account policy cannot.
 */
class RequestBodyShapeSpec extends ResolutionSpecification {

    @Shared ObjectMapper mapper = ApiJson.newMapper()
    @Shared JsonNode seedPost = mapper.valueToTree(new groovy.json.JsonSlurper()
            .parse(getClass().getResource('/reference/seed-examples.json')).examples
            .find { it.method == 'POST' && it.path == '/api/v1/policy/ec2SlaBasedPolicies' && it.kind == 'request' }.example)

    static final String EVERY_FIELD = '''
slaPolicy "every-field" {
    description "every field"
    account "backup-prod"
    regions "us-east-1"
    template "gold"
    storage "s3-90d"
    include instances: ["db-01"], tags: [env: "prod"]
    exclude instances: ["web-canary"], tags: [backup: "skip"], volumes: [system, "VOLUME"]
    snapshots {
        tags owner: "platform"
        copyTagsFromVolume true
        vss true
        windows { enabled true; pre "a.ps1", "-x"; post "b.ps1", "-y"; onlyForBackupSnapshots true; ignoreMissing true; ignoreErrors true }
        linux { enabled true; pre "a.sh", "-x"; post "b.sh", "-y"; onlyForBackupSnapshots true; ignoreMissing true; ignoreErrors true }
    }
    replicas {
        replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr", onlyEncrypted: true
        tags replica: "true"
        copyTagsFromVolume true
    }
    retries 3
    notify email: "ops@example.com", enabled: true, onlyMissedSla: true, at: "08:00"
    workers production: true, role: "worker-role", accountName: "prod-main"
}
slaPolicy "organization" {
    organization "acme", scope: "ou-prod", excludeMembers: ["prod-data"]
    regions "us-east-1"
    template "gold"
}'''

    def "a script setting every field gives the reference's POST body, field for field"() {
        given:
        String volume = TestEstate.volumeId('db-01', 'us-east-1', 1)

        when:
        def policies = resolve(EVERY_FIELD.replace('VOLUME', volume)).policies()
        JsonNode body = mapper.valueToTree(policies[0].spec())
        body.set('organizationSettings', mapper.valueToTree(policies[1].spec().organizationSettings()))

        then:
        shape(body) == shape(seedPost)
        shape(seedPost).size() > 40
    }

    /** Every path of a JSON tree with the kind of value there; array elements share the path "[]". */
    private static Map<String, String> shape(JsonNode node, String path = '') {
        Map<String, String> paths = new TreeMap<>()
        if (node.isObject()) {
            node.fields().each { paths.putAll(shape(it.value, path ? "$path.${it.key}" : it.key)) }
        } else if (node.isArray()) {
            paths[path] = 'array'
            node.each { paths.putAll(shape(it, "$path[]")) }
        } else {
            paths[path] = node.isTextual() ? 'string' : node.isBoolean() ? 'boolean' : node.isNumber() ? 'number' : node.nodeType.toString()
        }
        paths
    }
}
