package io.vbaws.sim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One entry of a policy's change history: when (appliance clock), the usn it got, what happened
 * ({@code Created}, {@code Modified}, {@code Enabled}, {@code Disabled}), and the scope from then on
 * (null when the scope did not change). Only changes that move membership or enablement are kept.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record PolicyVersion(String at, long usn, String change, ScopeDefinition scope) {

    static final String CREATED = "Created";
    static final String MODIFIED = "Modified";
    static final String ENABLED = "Enabled";
    static final String DISABLED = "Disabled";

    @JsonIgnore
    Instant instant() {
        return Instant.parse(at);
    }
}
