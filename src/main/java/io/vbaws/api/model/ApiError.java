package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The appliance's error body. 1.8 sends title, status, errorCode, details and data; 1.0 adds type
 * and instance; some deployments write {@code detail} instead of {@code details}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(
        String type,
        String title,
        Integer status,
        String errorCode,
        String details,
        String detail,
        String instance,
        Map<String, Object> data) {

    /** The explanation, whichever of {@code details} and {@code detail} the appliance used. */
    @JsonIgnore
    public String explanation() {
        return details != null && !details.isBlank() ? details : detail;
    }
}
