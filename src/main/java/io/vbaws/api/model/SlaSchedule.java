package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The daily, weekly and monthly schedules of one backup type in an SLA template. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaSchedule(
        DailySchedule daily,
        WeeklySchedule weekly,
        MonthlySchedule monthly) {
}
