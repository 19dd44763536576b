package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A daily schedule: on which days, at which of the 24 hours, how many runs per hour. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DailySchedule(
        String kind,
        List<String> days,
        List<Boolean> hours,
        Integer runsPerHour,
        Retention retention) {
}
