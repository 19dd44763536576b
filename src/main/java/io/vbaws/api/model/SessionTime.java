package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A session timestamp in UTC, with the resource's time zone beside it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionTime(
        String sessionTimestampUtc,
        ResourceTimezone resourceTimezone) {
}
