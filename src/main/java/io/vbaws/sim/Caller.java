package io.vbaws.sim;

/** Who sent a request: the user a valid access token belongs to. */
record Caller(String username, String roleName, boolean readOnly) {
}
