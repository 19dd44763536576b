package io.vbaws.query;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.SlaSessionLog;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a session's log tells beside its status: how long it ran (first line to last) and why it
 * did not succeed (its first error line, else its first warning line).
 *
 * @param durationSeconds seconds from the first log line to the last; null when the log has no times
 * @param reason the first error line, else the first warning line; null for a clean session
 */
public record SessionFacts(Long durationSeconds, String reason) {

    /** The facts of one session's log lines. */
    public static SessionFacts of(List<SlaSessionLog> log) {
        Instant first = null;
        Instant last = null;
        for (SlaSessionLog line : log) {
            Instant at = time(line);
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
        Long duration = first == null ? null : Duration.between(first, last).toSeconds();
        return new SessionFacts(duration, reasonOf(log));
    }

    /**
     * Why a session did not succeed, without reading its lines' times: the first error line, else
     * the first warning line; null for a clean session. (A missed-sessions report reads thousands
     * of logs, and parsing every line's time was a twentieth of its work.)
     */
    public static String reasonOf(List<SlaSessionLog> log) {
        String warning = null;
        for (SlaSessionLog line : log) {
            if (ApiValues.LogStatus.ERROR.equals(line.status())) {
                return line.sessionLogName();
            }
            if (warning == null && ApiValues.LogStatus.WARNING.equals(line.status())) {
                warning = line.sessionLogName();
            }
        }
        return warning;
    }

    private static Instant time(SlaSessionLog line) {
        if (line.startTime() == null || line.startTime().sessionTimestampUtc() == null) {
            return null;
        }
        try {
            return Instant.parse(line.startTime().sessionTimestampUtc());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
