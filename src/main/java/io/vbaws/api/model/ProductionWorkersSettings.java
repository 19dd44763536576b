package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** ProductionWorkerSettings: whether workers run in production accounts, and as which role. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductionWorkersSettings(
        Boolean useProductionWorkers,
        String workerRoleId,
        String workerRoleAccountName) {
}
