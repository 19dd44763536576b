package io.vbaws.sim;

import io.vbaws.api.model.ApiValues.ErrorCode;
import io.vbaws.api.model.TokenResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The appliance's token flow: the password grant (answering an MFA challenge for users with MFA),
 * the refresh grant (which rotates the refresh token), the MFA grant, bearer authentication and
 * logout. Access tokens live one hour (the {@code tokenTtl} fault shortens that), refresh tokens
 * two hours, by the wall clock. Tokens are random, kept in memory only, and never logged.
 */
final class TokenService {
    static final Duration ACCESS_TTL = Duration.ofHours(1);
    static final Duration REFRESH_TTL = Duration.ofHours(2);
    static final Duration MFA_TTL = Duration.ofMinutes(5);
    /** The one MFA code the simulated appliance accepts. */
    static final String MFA_CODE = "123456";

    private record Grant(UserAccount user, Instant expires, String pair) {
    }

    private final List<UserAccount> users;
    private final FaultInjector faults;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> mfaTokens = new ConcurrentHashMap<>();

    TokenService(List<UserAccount> users, FaultInjector faults, Clock clock) {
        this.users = List.copyOf(users);
        this.faults = faults;
        this.clock = clock;
    }

    TokenResponse grant(QueryParams form) {
        purge();
        String type = form.first("grant_type");
        if (type == null || type.isBlank()) {
            throw ApiProblem.badRequest("grant_type is required (password, refresh_token or mfa)");
        }
        return switch (type) {
            case "password" -> password(required(form, "username"), required(form, "password"));
            case "refresh_token" -> refresh(required(form, "refresh_token"));
            case "mfa" -> mfa(required(form, "mfa_token"), required(form, "mfa_code"));
            case "authorization_code" -> throw new ApiProblem(400, ErrorCode.NOT_IMPLEMENTED, "Bad Request",
                    "grant_type authorization_code is not supported by the simulated appliance", null);
            default -> throw ApiProblem.badRequest("grant_type must be password, refresh_token or mfa, not '" + type + "'");
        };
    }

    private static String required(QueryParams form, String name) {
        String value = form.first(name);
        if (value == null || value.isEmpty()) {
            throw ApiProblem.badRequest(name + " is required for this grant_type");
        }
        return value;
    }

    private TokenResponse password(String username, String password) {
        UserAccount user = users.stream().filter(u -> u.name().equals(username)).findFirst().orElse(null);
        if (user == null || !MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(401, ErrorCode.ACCESS_DENIED, "Unauthorized", "wrong user name or password", null);
        }
        if (user.mfa()) {
            String mfaToken = newToken();
            mfaTokens.put(mfaToken, new Grant(user, clock.instant().plus(MFA_TTL), null));
            return new TokenResponse(null, null, null, null, null, null, user.name(), user.roleName(), true, mfaToken);
        }
        return issue(user);
    }

    private TokenResponse refresh(String refreshToken) {
        Grant grant = refreshTokens.remove(refreshToken);
        if (grant == null) {
            throw ApiProblem.unauthorized(ErrorCode.INVALID_TOKEN, "the refresh token is not valid (unknown, used or revoked)");
        }
        accessTokens.remove(grant.pair());
        if (!clock.instant().isBefore(grant.expires())) {
            throw ApiProblem.unauthorized(ErrorCode.EXPIRED_TOKEN, "the refresh token expired at " + grant.expires());
        }
        return issue(grant.user());
    }

    private TokenResponse mfa(String mfaToken, String code) {
        Grant grant = mfaTokens.get(mfaToken);
        if (grant == null) {
            throw ApiProblem.unauthorized(ErrorCode.INVALID_TOKEN, "the MFA token is not valid");
        }
        if (!clock.instant().isBefore(grant.expires())) {
            mfaTokens.remove(mfaToken);
            throw ApiProblem.unauthorized(ErrorCode.EXPIRED_TOKEN, "the MFA token expired at " + grant.expires());
        }
        if (!MessageDigest.isEqual(MFA_CODE.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(401, ErrorCode.ACCESS_DENIED, "Unauthorized", "wrong MFA code", null);
        }
        mfaTokens.remove(mfaToken);
        return issue(grant.user());
    }

    private TokenResponse issue(UserAccount user) {
        Instant now = clock.instant();
        Duration ttl = faults.accessTokenTtl(ACCESS_TTL);
        String access = newToken();
        String refresh = newToken();
        Instant expires = now.plus(ttl);
        accessTokens.put(access, new Grant(user, expires, refresh));
        refreshTokens.put(refresh, new Grant(user, now.plus(REFRESH_TTL), access));
        return new TokenResponse(access, "bearer", refresh, ttl.getSeconds(), now.toString(), expires.toString(), user.name(),
                user.roleName(), false, null);
    }

    /** The caller a bearer token belongs to; 401 when the token is missing, unknown or expired. */
    Caller authenticate(String authorization) {
        String token = bearer(authorization);
        Grant grant = accessTokens.get(token);
        if (grant == null) {
            throw ApiProblem.unauthorized(ErrorCode.INVALID_TOKEN, "the access token is not valid (unknown or revoked)");
        }
        if (!clock.instant().isBefore(grant.expires())) {
            throw ApiProblem.unauthorized(ErrorCode.EXPIRED_TOKEN, "the access token expired at " + grant.expires()
                    + "; refresh it with grant_type=refresh_token");
        }
        return new Caller(grant.user().name(), grant.user().roleName(), grant.user().readOnly());
    }

    /** Logs out: the access token and its refresh token stop working. */
    void revoke(String authorization) {
        authenticate(authorization);
        Grant grant = accessTokens.remove(bearer(authorization));
        if (grant != null) {
            refreshTokens.remove(grant.pair());
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw ApiProblem.unauthorized(ErrorCode.INVALID_TOKEN,
                    "the Authorization header is missing; get a token with POST /api/v1/token");
        }
        String value = authorization.trim();
        if (value.length() < 7 || !value.substring(0, 7).equalsIgnoreCase("bearer ")) {
            throw ApiProblem.unauthorized(ErrorCode.INVALID_TOKEN, "the Authorization header must be 'Bearer <access token>'");
        }
        return value.substring(7).trim();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Forgets grants nobody can use any more (an expired access token still answers ExpiredToken until its refresh token expires). */
    private void purge() {
        Instant now = clock.instant();
        refreshTokens.values().removeIf(g -> !now.isBefore(g.expires()));
        accessTokens.values().removeIf(g -> !now.isBefore(g.expires()) && !refreshTokens.containsKey(g.pair()));
        mfaTokens.values().removeIf(g -> !now.isBefore(g.expires()));
    }
}
