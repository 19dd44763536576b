package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of POST /token (RESTLogin). Its toString never shows a token. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") Long expiresIn,
        @JsonProperty(".issued") String issued,
        @JsonProperty(".expires") String expires,
        @JsonProperty("username") String username,
        @JsonProperty("roleName") String roleName,
        @JsonProperty("mfa_enabled") Boolean mfaEnabled,
        @JsonProperty("mfa_token") String mfaToken) {

    @Override
    public String toString() {
        return "TokenResponse[username=" + username + ", roleName=" + roleName + ", expiresIn=" + expiresIn
                + ", mfaEnabled=" + mfaEnabled + ", tokens=<redacted>]";
    }
}
