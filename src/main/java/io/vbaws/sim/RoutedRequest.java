package io.vbaws.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.util.Map;

/** A routed API request: method, path, the route's template and path parameters, query, headers, body and caller. */
record RoutedRequest(String method, String path, String template, Map<String, String> pathParams, QueryParams query,
                  Headers headers, byte[] body, Caller caller) {

    String pathParam(String name) {
        return pathParams.get(name);
    }

    String header(String name) {
        return headers.getFirst(name);
    }

    RoutedRequest withCaller(Caller value) {
        return new RoutedRequest(method, path, template, pathParams, query, headers, body, value);
    }

    /** The JSON body as a record; a missing or malformed body is a 400. */
    <T> T json(ObjectMapper mapper, Class<T> type) {
        if (body == null || body.length == 0) {
            throw ApiProblem.badRequest("the request body is missing (expected JSON)");
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiProblem.badRequest("the request body is null (expected a JSON object)");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the request body is not valid JSON for this operation: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiProblem.badRequest("the request body cannot be read: " + e.getMessage());
        }
    }
}
