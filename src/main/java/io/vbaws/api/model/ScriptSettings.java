package io.vbaws.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Pre- and post-snapshot scripts for one guest OS family. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScriptSettings(
        Boolean enabled,
        String preSnapshotScript,
        String preSnapshotArguments,
        String postSnapshotScript,
        String postSnapshotArguments,
        Boolean runOnlyForBackupSnapshots,
        Boolean ignoreMissingScripts,
        Boolean ignoreScriptErrors) {
}
