package io.vbaws.api

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock a spec moves by hand, for token expiry. */
class MutableClock extends Clock {
    Instant now = Instant.parse('2026-11-01T00:00:00Z')

    void advance(Duration d) { now = now.plus(d) }

    @Override ZoneId getZone() { ZoneOffset.UTC }
    @Override Clock withZone(ZoneId zone) { this }
    @Override Instant instant() { now }
}
