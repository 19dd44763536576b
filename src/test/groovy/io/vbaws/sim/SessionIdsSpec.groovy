package io.vbaws.sim

import spock.lang.Specification

/** Session IDs carry what the session was, decode back, and refuse what the appliance never issued. */
class SessionIdsSpec extends Specification {
    SessionIds ids = new SessionIds(42)

    def "an ID decodes back to the session it was made for"() {
        given:
        def session = new SessionIds.Session(policySession, serial, subject, kind, schedule, minute)

        when:
        String id = ids.encode(session)

        then:
        UUID.fromString(id).version() == 4
        UUID.fromString(id).variant() == 2
        ids.decode(id) == session

        where:
        policySession | serial   | subject  | kind               | schedule             | minute
        false         | 1        | 0        | BackupKind.SNAPSHOT | ScheduleKind.DAILY   | 29_559_600L
        true          | 7        | 30       | BackupKind.ARCHIVE  | ScheduleKind.MONTHLY | 29_000_000L
        false         | 0xFFFFFF | 0xFFFFF  | BackupKind.REPLICA  | ScheduleKind.WEEKLY  | 0xFFFFFFFFL
        false         | 1000     | 19_999   | BackupKind.BACKUP   | ScheduleKind.DAILY   | 1L
    }

    def "neighbouring sessions get unrelated-looking IDs"() {
        when:
        def a = ids.encode(new SessionIds.Session(false, 1, 5, BackupKind.SNAPSHOT, ScheduleKind.DAILY, 29_559_600L))
        def b = ids.encode(new SessionIds.Session(false, 1, 5, BackupKind.SNAPSHOT, ScheduleKind.DAILY, 29_559_840L))

        then:
        (0..<36).count { a[it] == b[it] } < 18
    }

    def "random, altered and other appliances' IDs do not decode"() {
        given:
        String id = ids.encode(new SessionIds.Session(false, 3, 12, BackupKind.BACKUP, ScheduleKind.WEEKLY, 29_559_600L))
        String altered = id.substring(0, 20) + (id[20] == 'a' ? 'b' : 'a') + id.substring(21)

        expect:
        (1..200).every { ids.decode(UUID.randomUUID().toString()) == null }
        ids.decode(altered) == null
        new SessionIds(43).decode(id) == null
        ids.decode('not-a-uuid') == null
    }
}
