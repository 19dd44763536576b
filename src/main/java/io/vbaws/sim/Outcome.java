package io.vbaws.sim;

import io.vbaws.api.model.ApiValues;

/** How one scheduled run ended. A warning still makes a restore point; a failure does not. */
enum Outcome {
    SUCCESS(ApiValues.SessionStatus.SUCCESS),
    WARNING(ApiValues.SessionStatus.WARNING),
    FAILED(ApiValues.SessionStatus.FAILED);

    private final String slaStatus;

    Outcome(String slaStatus) {
        this.slaStatus = slaStatus;
    }

    /** The status of an SLA session with this outcome. */
    String slaStatus() {
        return slaStatus;
    }

    boolean madeRestorePoint() {
        return this != FAILED;
    }
}
