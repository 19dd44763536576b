package io.vbaws.sim;

import io.vbaws.api.model.Region;
import java.time.ZoneId;

/** A region of the estate: its API record, its position, and the zone its schedules run in. */
record EstateRegion(int index, Region region, ZoneId zone) {

    String id() {
        return region.id();
    }

    String code() {
        return region.name();
    }
}
