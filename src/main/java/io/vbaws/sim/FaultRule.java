package io.vbaws.sim;

import java.util.Locale;

/**
 * A targeted fault: the next {@code times} requests with this method (or {@code *}) and path
 * (a template such as {@code /api/v1/policy/ec2SlaBasedPolicies/{policyId}}, or a concrete path;
 * the {@code /api/v1} prefix may be left out) suffer {@code action}; {@code status} is for FAIL.
 */
public record FaultRule(String method, String path, int times, FaultAction action, int status) {

    public FaultRule {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a fault rule needs a path");
        }
        if (action == null) {
            throw new IllegalArgumentException("a fault rule needs an action (FAIL, DROP or LOSE_ANSWER)");
        }
        if (times < 1) {
            throw new IllegalArgumentException("a fault rule must apply at least once, not " + times + " times");
        }
        if (action == FaultAction.FAIL && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("a FAIL fault needs an error status between 400 and 599, not " + status);
        }
        method = method == null || method.isBlank() ? "*" : method.toUpperCase(Locale.ROOT);
        path = FaultInjector.apiPath(path);
    }

    boolean matches(String requestMethod, String template, String requestPath) {
        return (method.equals("*") || method.equals(requestMethod))
                && (path.equals(template) || path.equals(requestPath));
    }
}
