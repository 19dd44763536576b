package io.vbaws.plan;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vbaws.declaration.SourceRef;

/**
 * The JSON shape shared by the {@code --json} output and saved plans: one change, one field, one
 * source place. Written by hand, not by reflection over the records, so renaming a record component
 * cannot change a documented format.
 */
final class PlanJson {
    /** The format version of the {@code --json} output and of saved plans. */
    static final String FORMAT_VERSION = "1";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    ObjectMapper mapper() {
        return mapper;
    }

    ObjectNode change(PolicyChange change) {
        ObjectNode node = mapper.createObjectNode();
        node.put("action", change.action().word());
        node.put("policy", change.policy());
        node.put("id", change.id());
        node.put("usn", change.usn());
        node.set("declared_at", place(change.declaredAt()));
        ArrayNode fields = node.putArray("fields");
        for (FieldChange field : change.fields()) {
            ObjectNode f = fields.addObject();
            f.put("path", field.path());
            f.put("word", field.word());
            f.set("before", mapper.valueToTree(field.before()));
            f.set("after", mapper.valueToTree(field.after()));
            f.put("appliance_default", field.applianceDefault());
        }
        node.put("unchanged_fields", change.unchangedFields());
        node.put("reason", change.reason());
        return node;
    }

    ArrayNode protectedPolicies(Plan plan) {
        ArrayNode kept = mapper.createArrayNode();
        for (ProtectedPolicy p : plan.protectedFromPrune()) {
            ObjectNode node = kept.addObject();
            node.put("policy", p.policy());
            node.put("pattern", p.rule().pattern());
            node.set("declared_at", place(p.rule().declaredAt()));
        }
        return kept;
    }

    JsonNode place(SourceRef ref) {
        if (ref == null) {
            return mapper.nullNode();
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("file", ref.file());
        node.put("line", ref.line());
        node.put("column", ref.column());
        return node;
    }
}
