package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Ec2SlaBasedNotificationSettings: who is told, and when, about a policy's sessions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationSettings(
        String email,
        Boolean enableNotifications,
        Boolean includeOnlyMissedSlaAndRemovedVms,
        String sendOnSpecificTime) {
}
