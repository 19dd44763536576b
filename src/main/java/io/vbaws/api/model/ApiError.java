package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The appliance's error body. 1.8 sends title, status, errorCode, details and data; 1.0 adds type
 * and instance; some deployments write {@code detail} instead of {@code details}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(
        String type,
        String title,
        Integer status,
        String errorCode,
        String details,
        String detail,
        String instance,
        JsonNode data) {

    /**
     * The problems {@code data} names, one per field: the reference's map of objects
     * ({@code {"regionIds": {"message": "..."}}}), a map of strings or lists of strings, or a bare
     * list of strings (older appliances); empty when data says nothing readable.
     */
    @JsonIgnore
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (data == null) {
            return problems;
        }
        if (data.isArray()) {
            data.forEach(item -> problems.add(new FieldProblem(null, text(item))));
        } else if (data.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String field = entry.getKey().equals("errors") ? null : entry.getKey();
                JsonNode value = entry.getValue();
                if (value.isArray()) {
                    value.forEach(item -> problems.add(new FieldProblem(field, text(item))));
                } else {
                    problems.add(new FieldProblem(field, text(value)));
                }
            }
        }
        problems.removeIf(p -> p.field() == null && (p.message() == null || p.message().isBlank()));
        return problems;
    }

    /** What one entry of data says: its message (or details) when it is an object, its text otherwise. */
    private static String text(JsonNode node) {
        if (node.isObject()) {
            for (String key : List.of("message", "details", "detail", "title")) {
                if (node.hasNonNull(key)) {
                    return node.get(key).asText();
                }
            }
            return node.isEmpty() ? null : node.toString();
        }
        return node.isNull() ? null : node.asText();
    }

    /** The explanation, whichever of {@code details} and {@code detail} the appliance used. */
    @JsonIgnore
    public String explanation() {
        return details != null && !details.isBlank() ? details : detail;
    }
}
