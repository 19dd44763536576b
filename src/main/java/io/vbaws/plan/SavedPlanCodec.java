package io.vbaws.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.SourceRef;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link SavedPlan} to a JSON string and reads it back, losslessly. The format is
 * described in {@code docs/plan-json.md}; a plan of another format version is refused, not guessed
 * at. No file I/O here: the caller owns the file.
 */
public final class SavedPlanCodec {
    private static final String KIND = "vbaws-saved-plan";

    private final PlanJson json = new PlanJson();

    /** The saved plan as JSON text. */
    public String write(SavedPlan saved) {
        ObjectMapper mapper = json.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("kind", KIND);
        root.put("format_version", PlanJson.FORMAT_VERSION);
        root.put("created_at", saved.createdAt().toString());
        root.put("appliance_url", saved.applianceUrl());
        root.put("scripts_digest", saved.scriptsDigest());
        Plan plan = saved.plan();
        ArrayNode changes = root.putArray("changes");
        for (PolicyChange change : plan.changes()) {
            ObjectNode node = json.change(change);
            node.set("body", mapper.valueToTree(change.body()));
            changes.add(node);
        }
        ArrayNode unmanaged = root.putArray("unmanaged");
        plan.unmanaged().forEach(unmanaged::add);
        root.set("protected", json.protectedPolicies(plan));
        if (plan.priorityOrder() == null) {
            root.putNull("priority_order");
        } else {
            ArrayNode order = root.putArray("priority_order");
            for (PlannedPriority entry : plan.priorityOrder().priorities()) {
                ObjectNode node = order.addObject();
                node.put("policy", entry.policy());
                node.put("id", entry.id());
                node.put("priority", entry.priority());
            }
        }
        ArrayNode versions = root.putArray("live_versions");
        for (LiveVersion version : plan.liveVersions()) {
            ObjectNode node = versions.addObject();
            node.put("name", version.name());
            node.put("id", version.id());
            node.put("usn", version.usn());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The saved plan in {@code text}.
     *
     * @throws SavedPlanException when the text is not a saved plan, is damaged, or has another format version
     */
    public SavedPlan read(String text) {
        JsonNode root;
        try {
            root = json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new SavedPlanException("not a vbaws saved plan: it is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
        }
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText(null))) {
            throw new SavedPlanException("not a vbaws saved plan: 'kind' is not '" + KIND + "'");
        }
        String version = root.path("format_version").asText(null);
        if (!PlanJson.FORMAT_VERSION.equals(version)) {
            throw new SavedPlanException("this saved plan has format version " + (version == null ? "(none)" : "'" + version + "'")
                    + "; this vbaws reads version '" + PlanJson.FORMAT_VERSION + "' only: run plan again", true, null);
        }
        try {
            return new SavedPlan(text(root, "appliance_url"), text(root, "scripts_digest"),
                    instant(root, "created_at"), plan(root));
        } catch (JsonProcessingException e) {
            throw new SavedPlanException("the saved plan is damaged (" + e.getOriginalMessage() + ")", true, e);
        } catch (IllegalArgumentException e) {
            throw new SavedPlanException("the saved plan is damaged (" + e.getMessage() + ")", true, e);
        }
    }

    private Plan plan(JsonNode root) throws JsonProcessingException {
        List<PolicyChange> changes = new ArrayList<>();
        int number = 0;
        for (JsonNode node : array(root, "changes")) {
            number++;
            try {
                changes.add(change(node));
            } catch (IllegalArgumentException e) {
                JsonNode policy = node.get("policy");
                throw new IllegalArgumentException("change " + number
                        + (policy != null && policy.isTextual() ? ", policy \"" + policy.asText() + "\"" : "")
                        + ": " + e.getMessage(), e);
            }
        }
        List<String> unmanaged = new ArrayList<>();
        array(root, "unmanaged").forEach(name -> unmanaged.add(name.asText()));
        PlannedOrder order = null;
        JsonNode orderNode = root.get("priority_order");
        if (orderNode != null && !orderNode.isNull()) {
            List<PlannedPriority> entries = new ArrayList<>();
            for (JsonNode entry : array(root, "priority_order")) {
                entries.add(new PlannedPriority(text(entry, "policy"), optionalText(entry, "id"), number(entry, "priority")));
            }
            order = new PlannedOrder(entries);
        }
        List<LiveVersion> versions = new ArrayList<>();
        for (JsonNode version : array(root, "live_versions")) {
            versions.add(new LiveVersion(text(version, "name"), optionalText(version, "id"), optionalLong(version, "usn")));
        }
        List<ProtectedPolicy> kept = new ArrayList<>();
        JsonNode protectedNode = root.get("protected");
        if (protectedNode != null && protectedNode.isArray()) {
            for (JsonNode entry : protectedNode) {
                kept.add(new ProtectedPolicy(text(entry, "policy"),
                        new ProtectRule(text(entry, "pattern"), place(entry.get("declared_at")))));
            }
        }
        return new Plan(changes, unmanaged, order, versions, kept);
    }

    private PolicyChange change(JsonNode node) throws JsonProcessingException {
        List<FieldChange> fields = new ArrayList<>();
        for (JsonNode field : array(node, "fields")) {
            fields.add(new FieldChange(text(field, "path"), optionalText(field, "word"), value(field.get("before")),
                    value(field.get("after")), field.path("appliance_default").asBoolean(false)));
        }
        return new PolicyChange(
                ChangeAction.ofWord(text(node, "action")),
                text(node, "policy"),
                optionalText(node, "id"),
                optionalLong(node, "usn"),
                place(node.get("declared_at")),
                fields,
                node.path("unchanged_fields").asInt(0),
                body(node.get("body")),
                optionalText(node, "reason"));
    }

    /** The body a create or update sends; Jackson's own words (Java class names, byte offsets) never reach the user. */
    private SlaPolicySpec body(JsonNode body) {
        if (body == null || body.isNull()) {
            return null;
        }
        try {
            return json.mapper().treeToValue(body, SlaPolicySpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not a policy", e);
        }
    }

    private Object value(JsonNode node) throws JsonProcessingException {
        return node == null || node.isNull() ? null : json.mapper().treeToValue(node, Object.class);
    }

    private static SourceRef place(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new SourceRef(text(node, "file"), node.path("line").asInt(0), node.path("column").asInt(0));
    }

    private static Instant instant(JsonNode parent, String name) {
        try {
            return Instant.parse(text(parent, name));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' is not an ISO-8601 instant", e);
        }
    }

    private static JsonNode array(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("'" + name + "' is missing or not a list");
        }
        return node;
    }

    private static String text(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' is missing or not text");
        }
        return node.asText();
    }

    private static String optionalText(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Long optionalLong(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + name + "' is not a whole number");
        }
        return node.asLong();
    }

    private static int number(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isInt()) {
            throw new IllegalArgumentException("'" + name + "' is missing or not a whole number");
        }
        return node.asInt();
    }
}
