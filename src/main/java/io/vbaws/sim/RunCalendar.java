package io.vbaws.sim;

import io.vbaws.api.model.DailySchedule;
import io.vbaws.api.model.MonthlySchedule;
import io.vbaws.api.model.SlaSchedule;
import io.vbaws.api.model.TimeWindow;
import io.vbaws.api.model.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a schedule runs: the instants (epoch seconds) of its runs in [from, to), computed from local
 * times in the region's zone, so a schedule follows the region's daylight saving. Daily runs are
 * the chosen hours ({@code runsPerHour} evenly in each), on every day, week days or chosen days,
 * inside the window when it is enabled (its end excluded); weekly runs are the chosen days at a
 * time; monthly runs are a day of the month, or the first..fourth or last weekday, at a time.
 */
final class RunCalendar {
    private static final Set<DayOfWeek> WEEK_DAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private RunCalendar() {
    }

    static long[] runs(SlaSchedule schedule, ScheduleKind kind, TimeWindow window, ZoneId zone, long from, long to) {
        if (schedule == null || from >= to) {
            return new long[0];
        }
        TreeSet<Long> runs = new TreeSet<>();
        LocalDate first = java.time.Instant.ofEpochSecond(from).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = java.time.Instant.ofEpochSecond(to).atZone(zone).toLocalDate().plusDays(1);
        switch (kind) {
            case DAILY -> daily(schedule.daily(), window, zone, first, last, from, to, runs);
            case WEEKLY -> weekly(schedule.weekly(), zone, first, last, from, to, runs);
            case MONTHLY -> monthly(schedule.monthly(), zone, first, last, from, to, runs);
        }
        return runs.stream().mapToLong(Long::longValue).toArray();
    }

    private static void daily(DailySchedule daily, TimeWindow window, ZoneId zone, LocalDate first, LocalDate last,
                              long from, long to, Set<Long> runs) {
        if (daily == null || daily.hours() == null) {
            return;
        }
        int perHour = daily.runsPerHour() == null ? 1 : Math.max(1, Math.min(60, daily.runsPerHour()));
        Set<DayOfWeek> days = dailyDays(daily);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            for (int hour = 0; hour < Math.min(24, daily.hours().size()); hour++) {
                if (!Boolean.TRUE.equals(daily.hours().get(hour))) {
                    continue;
                }
                for (int k = 0; k < perHour; k++) {
                    LocalTime time = LocalTime.of(hour, k * 60 / perHour);
                    if (inWindow(window, time)) {
                        add(ZonedDateTime.of(date, time, zone), from, to, runs);
                    }
                }
            }
        }
    }

    private static Set<DayOfWeek> dailyDays(DailySchedule daily) {
        String kind = daily.kind() == null ? "" : daily.kind().toLowerCase(Locale.ROOT);
        if (kind.equals("weekdays") || kind.equals("workdays")) {
            return WEEK_DAYS;
        }
        if (daily.days() != null && !daily.days().isEmpty() && !kind.equals("everyday")) {
            return days(daily.days());
        }
        return Set.of(DayOfWeek.values());
    }

    private static void weekly(WeeklySchedule weekly, ZoneId zone, LocalDate first, LocalDate last, long from, long to,
                               Set<Long> runs) {
        if (weekly == null || weekly.days() == null) {
            return;
        }
        Set<DayOfWeek> days = days(weekly.days());
        LocalTime time = time(weekly.timeLocal());
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek())) {
                add(ZonedDateTime.of(date, time, zone), from, to, runs);
            }
        }
    }

    private static void monthly(MonthlySchedule monthly, ZoneId zone, LocalDate first, LocalDate last, long from, long to,
                                Set<Long> runs) {
        if (monthly == null) {
            return;
        }
        Set<Month> months = monthly.months() == null || monthly.months().isEmpty() ? Set.of(Month.values())
                : Set.copyOf(monthly.months().stream().map(m -> Month.valueOf(m.toUpperCase(Locale.ROOT))).toList());
        LocalTime time = time(monthly.timeLocal());
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            if (!months.contains(month.getMonth())) {
                continue;
            }
            LocalDate date = dayOf(monthly, month);
            if (date != null) {
                add(ZonedDateTime.of(date, time, zone), from, to, runs);
            }
        }
    }

    private static LocalDate dayOf(MonthlySchedule monthly, YearMonth month) {
        String number = monthly.dayNumberInMonth() == null ? "OnDay" : monthly.dayNumberInMonth();
        if (number.equalsIgnoreCase("OnDay") || monthly.dayOfWeek() == null) {
            int day = monthly.dayOfMonth() == null ? 1 : monthly.dayOfMonth();
            return month.atDay(Math.max(1, Math.min(day, month.lengthOfMonth())));
        }
        DayOfWeek dayOfWeek = DayOfWeek.valueOf(monthly.dayOfWeek().toUpperCase(Locale.ROOT));
        LocalDate start = month.atDay(1);
        return switch (number.toLowerCase(Locale.ROOT)) {
            case "first" -> start.with(TemporalAdjusters.dayOfWeekInMonth(1, dayOfWeek));
            case "second" -> start.with(TemporalAdjusters.dayOfWeekInMonth(2, dayOfWeek));
            case "third" -> start.with(TemporalAdjusters.dayOfWeekInMonth(3, dayOfWeek));
            case "fourth" -> start.with(TemporalAdjusters.dayOfWeekInMonth(4, dayOfWeek));
            case "last" -> start.with(TemporalAdjusters.lastInMonth(dayOfWeek));
            default -> null;
        };
    }

    private static Set<DayOfWeek> days(List<String> names) {
        return Set.copyOf(names.stream().map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))).toList());
    }

    private static LocalTime time(String text) {
        try {
            return text == null ? LocalTime.MIDNIGHT : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalTime.MIDNIGHT;
        }
    }

    /** Inside [from, to) of an enabled window (a window ending before it starts runs over midnight). */
    private static boolean inWindow(TimeWindow window, LocalTime time) {
        if (window == null || !Boolean.TRUE.equals(window.enabled())) {
            return true;
        }
        LocalTime start = time(window.from());
        LocalTime end = time(window.to());
        if (start.equals(end)) {
            return true;
        }
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end) : !time.isBefore(start) || time.isBefore(end);
    }

    private static void add(ZonedDateTime at, long from, long to, Set<Long> runs) {
        long second = at.toEpochSecond();
        if (second >= from && second < to) {
            runs.add(second);
        }
    }
}
