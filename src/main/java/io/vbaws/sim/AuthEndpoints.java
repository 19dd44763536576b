package io.vbaws.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** {@code POST /token} (password, refresh_token and mfa grants) and {@code DELETE /token} (logout). */
final class AuthEndpoints {
    private final TokenService tokens;
    private final ObjectMapper json;

    AuthEndpoints(TokenService tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    void register(Router router) {
        router.add("POST", HttpFront.API + "/token", Router.Access.ANONYMOUS, this::token);
        router.add("DELETE", HttpFront.API + "/token", Router.Access.ANONYMOUS, this::logout);
    }

    private RouteResponse token(RoutedRequest request) {
        String body = request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
        return RouteResponse.json(json, 200, tokens.grant(QueryParams.parse(body)));
    }

    private RouteResponse logout(RoutedRequest request) {
        tokens.revoke(request.header("Authorization"));
        return RouteResponse.empty(204);
    }
}
