package io.vbaws.sim

import io.vbaws.api.model.DailySchedule
import io.vbaws.api.model.MonthlySchedule
import io.vbaws.api.model.SlaSchedule
import io.vbaws.api.model.TimeWindow
import io.vbaws.api.model.WeeklySchedule
import spock.lang.Specification

import java.time.Instant
import java.time.LocalDateTime
import java.time.ZoneId
import java.time.ZoneOffset

/** When schedules run: local times of the region, windows with an exclusive end, week days, months. */
class RunCalendarSpec extends Specification {
    static final ZoneId NEW_YORK = ZoneId.of('America/New_York')

    private static List<Boolean> hours(int... at) {
        (0..23).collect { it in at }
    }

    private static List<String> local(long[] runs, ZoneId zone = NEW_YORK) {
        runs.collect { LocalDateTime.ofInstant(Instant.ofEpochSecond(it), zone).toString() }
    }

    private static long at(String utc) {
        Instant.parse(utc).epochSecond
    }

    def "an hourly schedule from 10:00 to 13:00 runs three times: the window's end is excluded"() {
        given:
        def daily = new SlaSchedule(new DailySchedule('Everyday', null, hours(9, 10, 11, 12, 13, 14), 1, null), null, null)

        expect:
        local(RunCalendar.runs(daily, ScheduleKind.DAILY, new TimeWindow(true, '10:00', '13:00'), NEW_YORK,
                at('2026-06-01T04:00:00Z'), at('2026-06-02T04:00:00Z'))) ==
                ['2026-06-01T10:00', '2026-06-01T11:00', '2026-06-01T12:00']
    }

    def "runs per hour spread evenly, and a disabled window lets every hour run"() {
        given:
        def daily = new SlaSchedule(new DailySchedule('Everyday', null, hours(1, 2), 2, null), null, null)

        expect:
        local(RunCalendar.runs(daily, ScheduleKind.DAILY, new TimeWindow(false, '05:00', '06:00'), NEW_YORK,
                at('2026-06-01T04:00:00Z'), at('2026-06-02T04:00:00Z'))) ==
                ['2026-06-01T01:00', '2026-06-01T01:30', '2026-06-01T02:00', '2026-06-01T02:30']
    }

    def "a week-days schedule skips the weekend, and a window over midnight wraps"() {
        given:
        def daily = new SlaSchedule(new DailySchedule('WeekDays', null, hours(1, 23), 1, null), null, null)

        when: 'Monday 2026-06-01 to Monday 2026-06-08 in New York'
        def runs = local(RunCalendar.runs(daily, ScheduleKind.DAILY, new TimeWindow(true, '22:00', '02:00'), NEW_YORK,
                at('2026-06-01T04:00:00Z'), at('2026-06-08T04:00:00Z')))

        then:
        runs.size() == 10
        runs.every { LocalDateTime.parse(it).dayOfWeek.value <= 5 }
    }

    def "schedules follow the region's daylight saving: the same local time, another UTC time"() {
        given:
        def daily = new SlaSchedule(new DailySchedule('Everyday', null, hours(1), 1, null), null, null)

        when: 'New York leaves EST for EDT on 2026-03-08'
        def runs = RunCalendar.runs(daily, ScheduleKind.DAILY, null, NEW_YORK, at('2026-03-07T00:00:00Z'), at('2026-03-10T00:00:00Z'))

        then:
        runs.collect { Instant.ofEpochSecond(it).toString() } == ['2026-03-07T06:00:00Z', '2026-03-08T06:00:00Z', '2026-03-09T05:00:00Z']
    }

    def "weekly runs on its days at its time; monthly on a weekday of the month or a day clamped to the month's length"() {
        given:
        def weekly = new SlaSchedule(null, new WeeklySchedule(['Sunday', 'Wednesday'], '03:00', null), null)
        def firstSunday = new SlaSchedule(null, null, new MonthlySchedule(null, 'First', 'Sunday', null, '04:00', null))
        def lastSaturday = new SlaSchedule(null, null, new MonthlySchedule(null, 'Last', 'Saturday', null, '05:00', null))
        def the31st = new SlaSchedule(null, null, new MonthlySchedule(31, 'OnDay', null, ['February', 'March'], '06:00', null))
        long from = at('2026-01-01T00:00:00Z')
        long to = at('2026-04-01T00:00:00Z')

        expect:
        RunCalendar.runs(weekly, ScheduleKind.WEEKLY, null, ZoneOffset.UTC, from, to).length == 13 + 12 // Sundays and Wednesdays of 2026 Q1
        local(RunCalendar.runs(firstSunday, ScheduleKind.MONTHLY, null, ZoneOffset.UTC, from, to), ZoneOffset.UTC) ==
                ['2026-01-04T04:00', '2026-02-01T04:00', '2026-03-01T04:00']
        local(RunCalendar.runs(lastSaturday, ScheduleKind.MONTHLY, null, ZoneOffset.UTC, from, to), ZoneOffset.UTC) ==
                ['2026-01-31T05:00', '2026-02-28T05:00', '2026-03-28T05:00']
        local(RunCalendar.runs(the31st, ScheduleKind.MONTHLY, null, ZoneOffset.UTC, from, to), ZoneOffset.UTC) ==
                ['2026-02-28T06:00', '2026-03-31T06:00']
    }

    def "a kind without that schedule never runs"() {
        expect:
        RunCalendar.runs(new SlaSchedule(null, null, null), kind, null, NEW_YORK, 0, at('2030-01-01T00:00:00Z')).length == 0
        RunCalendar.runs(null, kind, null, NEW_YORK, 0, at('2030-01-01T00:00:00Z')).length == 0

        where:
        kind << ScheduleKind.values()
    }
}
