package io.vbaws.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer to write: status, content type, body bytes (empty for none) and extra headers. */
record RouteResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";

    static RouteResponse json(ObjectMapper mapper, int status, Object value) {
        try {
            return new RouteResponse(status, JSON, mapper.writeValueAsBytes(value), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response body", e);
        }
    }

    static RouteResponse empty(int status) {
        return new RouteResponse(status, null, new byte[0], Map.of());
    }

    static RouteResponse bytes(int status, String contentType, byte[] body) {
        return new RouteResponse(status, contentType, body, Map.of());
    }

    RouteResponse withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new RouteResponse(status, contentType, body, all);
    }
}
