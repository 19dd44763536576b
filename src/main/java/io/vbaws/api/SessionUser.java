package io.vbaws.api;

/** Who a session is logged in as: the user name and the appliance role the token answer gave (null when it gave none). */
public record SessionUser(String username, String roleName) {
}
