package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A monthly schedule: which day of which months, at what local time (HH:mm). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonthlySchedule(
        Integer dayOfMonth,
        String dayNumberInMonth,
        String dayOfWeek,
        List<String> months,
        String timeLocal,
        Retention retention) {
}
