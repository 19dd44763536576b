package io.vbaws.sim;

import io.vbaws.api.model.HttpStatusText;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vbaws.api.model.ApiError;
import io.vbaws.api.model.ApiValues.ErrorCode;
import java.util.List;

/**
 * An answer other than success, as the appliance writes it: status, errorCode, title, details and
 * optional data. Thrown by the endpoints and turned into the error body by the HTTP front.
 */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final String title;
    private final String details;
    private final transient ObjectNode data;

    ApiProblem(int status, String errorCode, String title, String details, ObjectNode data) {
        super(status + " " + errorCode + ": " + details, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.title = title;
        this.details = details;
        this.data = data;
    }

    static ApiProblem badRequest(String details) {
        return new ApiProblem(400, ErrorCode.UNEXPECTED_CONTENT, "Bad Request", details, null);
    }

    /**
     * A body that breaks one or more rules: every problem in details, and in data one object per
     * field, as the reference shapes data ({@code {"property1": {}}}): {@code {"regionIds":
     * {"message": "must not be empty"}}}. Each problem starts with the field it is about.
     */
    static ApiProblem invalid(List<String> problems) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (String problem : problems) {
            int space = problem.indexOf(' ');
            String field = space < 0 ? problem : problem.substring(0, space);
            String message = space < 0 ? "" : problem.substring(space + 1);
            if (field.endsWith(":")) {
                field = field.substring(0, field.length() - 1);
            }
            ObjectNode entry = data.has(field) ? (ObjectNode) data.get(field) : data.putObject(field);
            entry.put("message", entry.has("message") ? entry.get("message").asText() + "; " + message : message);
        }
        return new ApiProblem(400, ErrorCode.UNEXPECTED_CONTENT, "Validation failed", String.join("; ", problems), data);
    }

    static ApiProblem unauthorized(String errorCode, String details) {
        return new ApiProblem(401, errorCode, "Unauthorized", details, null);
    }

    static ApiProblem forbidden(String details) {
        return new ApiProblem(403, ErrorCode.ACCESS_DENIED, "Forbidden", details, null);
    }

    static ApiProblem notFound(String details) {
        return new ApiProblem(404, ErrorCode.NOT_FOUND, "Not Found", details, null);
    }

    /** An error of any status, with the errorCode that status usually carries. */
    static ApiProblem ofStatus(int status, String details) {
        String code = switch (status) {
            case 400 -> ErrorCode.UNEXPECTED_CONTENT;
            case 401 -> ErrorCode.INVALID_TOKEN;
            case 403 -> ErrorCode.ACCESS_DENIED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 501 -> ErrorCode.NOT_IMPLEMENTED;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> ErrorCode.UNKNOWN_ERROR;
        };
        return new ApiProblem(status, code, reason(status), details, null);
    }

    static String reason(int status) {
        String phrase = HttpStatusText.reason(status);
        return phrase != null ? phrase : "Error " + status;
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    ApiError body() {
        return new ApiError(null, title, status, errorCode, details, null, null,
                data);
    }
}
