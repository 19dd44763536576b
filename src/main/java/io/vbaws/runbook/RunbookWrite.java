package io.vbaws.runbook;

/**
 * One write a runbook makes, or in a dry run would make: the facade's method, the policy, and what
 * changes ({@code isEnabled: true -> false}).
 */
public record RunbookWrite(String method, String policy, String change) {

    /** {@code disable policy prod-web (isEnabled: true -> false)}. */
    public String describe() {
        return method + " policy " + policy + (change == null || change.isEmpty() ? "" : " (" + change + ")");
    }
}
