package io.vbaws.sim;

import io.vbaws.api.model.DailySchedule;
import io.vbaws.api.model.MonthlySchedule;
import io.vbaws.api.model.Retention;
import io.vbaws.api.model.SlaSchedule;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.TimeWindow;
import io.vbaws.api.model.WeeklySchedule;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA templates of every estate: {@code gold} (99%), {@code silver} (97%) and {@code bronze}
 * (95%). Schedules are local times of each instance's region; a backup window, when enabled,
 * admits daily runs from its start up to (not including) its end.
 */
final class SlaTemplateCatalog {
    private SlaTemplateCatalog() {
    }

    static List<SlaTemplate> templates(long seed) {
        TimeWindow always = new TimeWindow(false, "00:00", "00:00");
        TimeWindow night = new TimeWindow(true, "00:00", "06:00");
        SlaTemplate gold = new SlaTemplate(SeededIds.uuid(seed, "slaTemplate", "gold"), "gold",
                "Snapshots every 4 hours, daily replicas, daily/weekly/monthly backups, monthly archives", 99.0,
                always, night,
                new SlaSchedule(daily(days(7), hours(0, 4, 8, 12, 16, 20)), null, null),
                new SlaSchedule(daily(days(7), hours(2)), null, null),
                new SlaSchedule(daily(days(30), hours(1)),
                        new WeeklySchedule(List.of("Sunday"), "03:00", days(84)),
                        new MonthlySchedule(null, "First", "Sunday", null, "04:00", new Retention(12, "Months"))),
                new SlaSchedule(null, null, new MonthlySchedule(null, "Last", "Saturday", null, "05:00", new Retention(7, "Years"))),
                1L, null);
        SlaTemplate silver = new SlaTemplate(SeededIds.uuid(seed, "slaTemplate", "silver"), "silver",
                "Snapshots twice a day, nightly and weekly backups", 97.0,
                always, night,
                new SlaSchedule(daily(days(7), hours(0, 12)), null, null),
                null,
                new SlaSchedule(daily(days(14), hours(1)), new WeeklySchedule(List.of("Sunday"), "03:00", days(56)), null),
                null,
                1L, null);
        SlaTemplate bronze = new SlaTemplate(SeededIds.uuid(seed, "slaTemplate", "bronze"), "bronze",
                "A nightly snapshot and a weekly backup", 95.0,
                always, night,
                new SlaSchedule(daily(days(3), hours(0)), null, null),
                null,
                new SlaSchedule(null, new WeeklySchedule(List.of("Sunday"), "02:00", days(28)), null),
                null,
                1L, null);
        return List.of(gold, silver, bronze);
    }

    private static Retention days(int count) {
        return new Retention(count, "Days");
    }

    private static DailySchedule daily(Retention retention, List<Boolean> hours) {
        return new DailySchedule("Everyday", null, hours, 1, retention);
    }

    private static List<Boolean> hours(int... at) {
        List<Boolean> hours = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            hours.add(Boolean.FALSE);
        }
        for (int h : at) {
            hours.set(h, Boolean.TRUE);
        }
        return List.copyOf(hours);
    }
}
