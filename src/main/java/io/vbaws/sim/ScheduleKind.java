package io.vbaws.sim;

import io.vbaws.api.model.ApiValues;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The schedules of a backup kind (daily, weekly, monthly), and the SLA periods that go with them. */
enum ScheduleKind {
    DAILY(ApiValues.ScheduleType.DAILY, 14),
    WEEKLY(ApiValues.ScheduleType.WEEKLY, 12),
    MONTHLY(ApiValues.ScheduleType.MONTHLY, 12);

    private final String apiName;
    private final int periods;

    ScheduleKind(String apiName, int periods) {
        this.apiName = apiName;
        this.periods = periods;
    }

    String apiName() {
        return apiName;
    }

    /** How many periods slaResults reports for this schedule type: 14 days, 12 weeks, 12 months. */
    int periods() {
        return periods;
    }

    /** The start (UTC) of the period containing {@code at}: its day, its week (from Monday) or its month. */
    LocalDate periodStart(Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
        };
    }

    LocalDate nextPeriod(LocalDate start) {
        return switch (this) {
            case DAILY -> start.plusDays(1);
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
        };
    }

    LocalDate previousPeriod(LocalDate start) {
        return switch (this) {
            case DAILY -> start.minusDays(1);
            case WEEKLY -> start.minusWeeks(1);
            case MONTHLY -> start.minusMonths(1);
        };
    }

    /** The kind an API filter value names (any case), or null. */
    static ScheduleKind parse(String value) {
        for (ScheduleKind kind : values()) {
            if (kind.apiName.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        return null;
    }
}
