package io.vbaws.api;

import io.vbaws.api.model.FieldProblem;
import io.vbaws.api.model.HttpStatusText;
import java.util.List;

/**
 * Anything that went wrong talking to the appliance: a non-2xx answer (with the appliance's
 * status, errorCode, title and details) or a transport failure (status 0). The message names
 * the request and says what the appliance said, so a user can act on it; it never holds a secret.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final String title;
    private final String details;
    private final String method;
    private final String path;
    private final transient List<FieldProblem> problems;

    public ApiException(int status, String errorCode, String title, String details, String method, String path,
            Throwable cause) {
        this(status, errorCode, title, details, List.of(), method, path, cause);
    }

    /** An answer whose error body names its problems field by field. */
    public ApiException(int status, String errorCode, String title, String details, List<FieldProblem> problems,
            String method, String path, Throwable cause) {
        this(describe(status, errorCode, title, details, method, path), status, errorCode, title, details, problems,
                method, path, cause);
    }

    private ApiException(String message, int status, String errorCode, String title, String details,
            List<FieldProblem> problems, String method, String path, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
        this.title = title;
        this.details = details;
        this.problems = List.copyOf(problems);
        this.method = method;
        this.path = path;
    }

    /** The problems the error body's data names, field by field; empty when it names none. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** A request that never got an answer: refused, reset, timed out, TLS failure. */
    public static ApiException transport(String method, String path, String what, Throwable cause) {
        return new ApiException(0, null, what, null, method, path, cause);
    }

    /**
     * An answer that came but cannot be used (an empty body, a missing list, a record without its
     * name): {@code line} says what was wrong and names the request; the answer is never taken as
     * "nothing there".
     */
    public static ApiException malformed(int status, String method, String path, String line) {
        return worded(status, io.vbaws.api.model.ApiValues.ErrorCode.UNEXPECTED_CONTENT, method, path, line, null);
    }

    /** A failure whose whole message is {@code line}, which already names the request (status 0: no answer). */
    static ApiException worded(int status, String errorCode, String method, String path, String line, Throwable cause) {
        return new ApiException(line, status, errorCode, line, null, List.of(), method, path, cause);
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public String title() {
        return title;
    }

    public String details() {
        return details;
    }

    public String method() {
        return method;
    }

    /** The request path below the API root, e.g. {@code /policy/ec2SlaBasedPolicies/ID}. */
    public String path() {
        return path;
    }

    public boolean isTransportFailure() {
        return status == 0;
    }

    private static String describe(int status, String errorCode, String title, String details, String method,
            String path) {
        StringBuilder m = new StringBuilder();
        m.append(method).append(' ').append(path).append(": ");
        if (status == 0) {
            m.append(title);
            return m.toString();
        }
        m.append(status);
        String reason = HttpStatusText.reason(status);
        if (reason != null) {
            m.append(' ').append(reason);
        }
        if (title != null && !title.isBlank() && !title.equalsIgnoreCase(reason)) {
            m.append(": ").append(title);
        }
        if (details != null && !details.isBlank()) {
            m.append(": ").append(details);
        }
        if (errorCode != null && !errorCode.isBlank()) {
            m.append(" [").append(errorCode).append(']');
        }
        String hint = hint(status);
        if (hint != null) {
            m.append(". ").append(hint);
        }
        return m.toString();
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> "Check the user name and password (VBAWS_USERNAME, VBAWS_PASSWORD)";
            case 403 -> "The user lacks the rights for this; use an account with the Administrator role";
            case 503, 504 -> "The appliance is busy or restarting; try again shortly";
            default -> null;
        };
    }
}
