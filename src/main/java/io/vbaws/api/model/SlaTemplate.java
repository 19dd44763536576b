package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An SLA template: schedules per backup type, windows and the target SLA percent. Its 1.8 JSON is not public; this follows the 1.0 ScheduleSettings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaTemplate(
        String id,
        String name,
        String description,
        Double targetSla,
        TimeWindow snapshotWindow,
        TimeWindow backupWindow,
        SlaSchedule snapshotSchedule,
        SlaSchedule replicaSchedule,
        SlaSchedule backupSchedule,
        SlaSchedule archiveSchedule,
        Long usn,
        @JsonProperty("_links") List<Link> links) {
}
