package io.vbaws.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vbaws.api.model.TokenResponse;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/**
 * The session with the appliance: logs in with the password grant (answering an MFA challenge
 * through the credentials' code source), refreshes the access token before it expires or when
 * the appliance says it expired, falls back to a fresh login when the refresh token is no good,
 * and logs out. Thread-safe: concurrent callers share one token and one refresh.
 */
final class AccessTokens {
    private final HttpExchange exchange;
    private final ObjectMapper mapper;
    private final ClientConfig config;
    private final HttpUrl tokenUrl;

    private String accessToken;
    private String refreshToken;
    private Instant expiresAt;
    private Duration lifetime;
    private SessionUser user;
    // A password the appliance refused is not sent again in this run: each try counts toward a lockout.
    private ApiException refusedLogin;

    AccessTokens(HttpExchange exchange, ObjectMapper mapper, ClientConfig config, HttpUrl tokenUrl) {
        this.exchange = exchange;
        this.mapper = mapper;
        this.config = config;
        this.tokenUrl = tokenUrl;
    }

    /** A valid access token: logs in first, or refreshes when little of its life is left. */
    synchronized String current() {
        if (accessToken == null) {
            login();
        } else if (nearlyExpired()) {
            refresh();
        }
        return accessToken;
    }

    /** The appliance rejected {@code rejected} as expired: refresh, unless another caller already did. */
    synchronized String renewAfterExpiry(String rejected) {
        if (accessToken == null || accessToken.equals(rejected)) {
            if (refreshToken != null) {
                refresh();
            } else {
                login();
            }
        }
        return accessToken;
    }

    synchronized boolean loggedIn() {
        return accessToken != null;
    }

    /** Who the session is logged in as, logging in first when it is not. */
    synchronized SessionUser user() {
        current();
        return user;
    }

    /** Ends the session on the appliance (DELETE /token); the tokens are forgotten either way. */
    synchronized void logout() {
        if (accessToken == null) {
            return;
        }
        String token = accessToken;
        forget();
        exchange.execute(new ApiRequest("DELETE", tokenUrl, "/token", null, "application/json", Resend.WHEN_SAFE), token);
    }

    private boolean nearlyExpired() {
        if (expiresAt == null) {
            return false;
        }
        // Refresh with a quarter of the lifetime left, but never earlier than five minutes before expiry.
        Duration margin = lifetime == null ? Duration.ofMinutes(5) : min(Duration.ofMinutes(5), lifetime.dividedBy(4));
        return !config.clock().instant().isBefore(expiresAt.minus(margin));
    }

    private void login() {
        if (refusedLogin != null) {
            throw refusedLogin;
        }
        try {
            loginOnce();
        } catch (ApiException e) {
            if (e.status() >= 400 && e.status() < 500) {
                refusedLogin = e;
            }
            throw e;
        }
    }

    private void loginOnce() {
        Credentials c = config.credentials();
        TokenResponse answer = grant(new FormBody.Builder()
                .add("grant_type", "password")
                .add("username", c.username())
                .add("password", c.password().reveal())
                .build());
        if (Boolean.TRUE.equals(answer.mfaEnabled()) && answer.mfaToken() != null && answer.accessToken() == null) {
            String code = c.mfaCodes().codeFor(c.username());
            if (code == null || code.isBlank()) {
                throw new ApiException(401, "MfaRequired", "Multi-factor authentication required",
                        "user " + c.username() + " has MFA enabled; supply the current code (the CLI prompts for it "
                                + "on a terminal)", "POST", "/token", null);
            }
            answer = grant(new FormBody.Builder()
                    .add("grant_type", "mfa")
                    .add("mfa_token", answer.mfaToken())
                    .add("mfa_code", code.trim())
                    .build());
        }
        accept(answer);
    }

    private void refresh() {
        try {
            accept(grant(new FormBody.Builder()
                    .add("grant_type", "refresh_token")
                    .add("refresh_token", refreshToken)
                    .build()));
        } catch (ApiException e) {
            if (e.isTransportFailure() || e.status() >= 500) {
                throw e;
            }
            // The refresh token expired or was revoked: start a new session.
            forget();
            login();
        }
    }

    private TokenResponse grant(FormBody form) {
        ApiResponse response = exchange.execute(
                new ApiRequest("POST", tokenUrl, "/token", form, "application/json", Resend.WHEN_SAFE), null);
        try {
            TokenResponse t = response.body().isBlank() ? null : mapper.readValue(response.body(), TokenResponse.class);
            if (t == null) {
                throw ApiException.malformed(response.status(), "POST", "/token",
                        "POST " + tokenUrl.encodedPath() + ": the appliance's token answer is empty");
            }
            if (t.accessToken() == null && !Boolean.TRUE.equals(t.mfaEnabled())) {
                throw new ApiException(response.status(), "UnexpectedContent", "The token answer holds no access token",
                        null, "POST", "/token", null);
            }
            return t;
        } catch (JsonProcessingException e) {
            // Never echo the body: it may hold tokens.
            throw new ApiException(response.status(), "UnexpectedContent", "The token answer is not valid JSON", null,
                    "POST", "/token", null);
        }
    }

    private void accept(TokenResponse t) {
        accessToken = t.accessToken();
        user = new SessionUser(t.username() != null ? t.username() : config.credentials().username(), t.roleName());
        refreshToken = t.refreshToken();
        if (t.expiresIn() != null && t.expiresIn() > 0) {
            lifetime = Duration.ofSeconds(t.expiresIn());
            expiresAt = config.clock().instant().plus(lifetime);
        } else {
            lifetime = null;
            expiresAt = null;
        }
    }

    private void forget() {
        accessToken = null;
        refreshToken = null;
        expiresAt = null;
        lifetime = null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
