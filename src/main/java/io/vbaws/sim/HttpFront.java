package io.vbaws.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.ApiValues.ErrorCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Every HTTP exchange comes through here. For {@code /api}: route, count, apply faults, check the
 * API version, authenticate, authorize, run the endpoint, write the answer (or drop the
 * connection). {@code /sim} goes to the controls, without version or token. An endpoint's
 * {@link ApiProblem} becomes the appliance's error body; anything unexpected a 500.
 */
final class HttpFront implements HttpHandler {
    static final String API = "/api/v1";

    private final Router api;
    private final Router controls;
    private final TokenService tokens;
    private final FaultInjector faults;
    private final RequestStats stats;
    private final ObjectMapper json;
    private final PrintStream log;

    HttpFront(Router api, Router controls, TokenService tokens, FaultInjector faults, RequestStats stats, ObjectMapper json,
              PrintStream log) {
        this.api = api;
        this.controls = controls;
        this.tokens = tokens;
        this.faults = faults;
        this.stats = stats;
        this.json = json;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            String path = normalise(exchange.getRequestURI().getRawPath());
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (path.equals("/api") || path.startsWith("/api/")) {
                api(exchange, method, path);
            } else if (path.equals("/sim") || path.startsWith("/sim/")) {
                write(exchange, process(exchange, method, path, controls.match(method, path), false));
            } else {
                write(exchange, error(new ApiProblem(404, ErrorCode.INVALID_URI, "Not Found",
                        "nothing here; the API is under " + API, null)));
            }
        } catch (IOException clientGone) {
            // The client closed the connection; there is nobody to answer.
        } finally {
            exchange.close();
        }
    }

    private void api(HttpExchange exchange, String method, String path) throws IOException {
        Router.Match match = api.match(method, path);
        String template = match.template() == null ? path : match.template();
        long arrived = stats.record(method, template);
        try {
            answer(exchange, method, path, match, template);
        } finally {
            stats.ended(method, template, arrived);
        }
    }

    private void answer(HttpExchange exchange, String method, String path, Router.Match match, String template) throws IOException {
        FaultInjector.Decision fault = faults.decide(method, template, path);
        if (fault.delayMillis() > 0) {
            try {
                Thread.sleep(fault.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (fault.action() == FaultAction.DROP) {
            return; // closing an exchange that sent no headers closes the connection: the client gets no answer
        }
        if (fault.action() == FaultAction.FAIL) {
            write(exchange, error(ApiProblem.ofStatus(fault.status(), "injected fault: " + ApiProblem.reason(fault.status()))));
            return;
        }
        RouteResponse response = process(exchange, method, path, match, true);
        if (fault.action() == FaultAction.LOSE_ANSWER) {
            return;
        }
        write(exchange, response);
    }

    private RouteResponse process(HttpExchange exchange, String method, String path, Router.Match match, boolean checkVersion) {
        try {
            if (!match.found()) {
                if (match.template() != null) {
                    return error(new ApiProblem(405, ErrorCode.METHOD_NOT_ALLOWED, "Method Not Allowed",
                            method + " is not allowed on " + match.template() + "; allowed: " + String.join(", ", match.allowed()),
                            null)).withHeader("Allow", String.join(", ", match.allowed()));
                }
                throw new ApiProblem(404, ErrorCode.INVALID_URI, "Not Found", "no endpoint at " + method + " " + path, null);
            }
            Headers headers = exchange.getRequestHeaders();
            if (checkVersion) {
                String version = headers.getFirst("x-api-version");
                if (version == null || version.isBlank()) {
                    throw new ApiProblem(400, ErrorCode.UNEXPECTED_CONTENT, "Bad Request",
                            "the x-api-version header is missing; this appliance serves " + ApiValues.API_VERSION, null);
                }
                if (!version.trim().equals(ApiValues.API_VERSION)) {
                    throw new ApiProblem(400, ErrorCode.NOT_IMPLEMENTED, "Bad Request", "x-api-version '" + version.trim()
                            + "' is not supported; this appliance serves " + ApiValues.API_VERSION, null);
                }
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            RoutedRequest request = new RoutedRequest(method, path, match.template(), match.params(),
                    QueryParams.parse(exchange.getRequestURI().getRawQuery()), headers, body, null);
            Router.Route route = match.route();
            if (route.access() != Router.Access.ANONYMOUS) {
                Caller caller = tokens.authenticate(headers.getFirst("Authorization"));
                if (route.access() == Router.Access.WRITE && caller.readOnly()) {
                    throw ApiProblem.forbidden("user " + caller.username() + " (" + caller.roleName()
                            + ") may read but not change anything");
                }
                request = request.withCaller(caller);
            }
            return route.endpoint().handle(request);
        } catch (ApiProblem problem) {
            return error(problem);
        } catch (StateBusyException busy) {
            return error(new ApiProblem(503, ErrorCode.SERVICE_UNAVAILABLE, "Service Unavailable", busy.getMessage(), null));
        } catch (IOException e) {
            return error(ApiProblem.badRequest("the request body cannot be read: " + e.getMessage()));
        } catch (RuntimeException e) {
            log.println("vbaws appliance: internal error on " + method + " " + path + ": " + e);
            e.printStackTrace(log);
            return error(new ApiProblem(500, ErrorCode.UNKNOWN_ERROR, "Internal Server Error",
                    "the simulated appliance failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()), null));
        }
    }

    private RouteResponse error(ApiProblem problem) {
        RouteResponse response = RouteResponse.json(json, problem.status(), problem.body());
        return problem.status() == 401 ? response.withHeader("WWW-Authenticate", "Bearer") : response;
    }

    private static String normalise(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static void write(HttpExchange exchange, RouteResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        if (body.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
