package io.vbaws.dsl;

import io.vbaws.api.model.ScriptSettings;

/**
 * {@code windows { ... }} and {@code linux { ... }} inside {@code snapshots}: the scripts run in the
 * guest before and after a snapshot. Writing the block enables the scripts unless it says
 * {@code enabled false}; every other setting is sent only when written.
 */
public final class GuestScriptContext extends DslContext {

    private Boolean enabled;
    private String preScript;
    private String preArguments;
    private String postScript;
    private String postArguments;
    private Boolean onlyForBackupSnapshots;
    private Boolean ignoreMissing;
    private Boolean ignoreErrors;

    /** What this block has written, by word: its settings are its own, not the policy's. */
    private final java.util.Map<String, io.vbaws.declaration.SourceRef> written = new java.util.HashMap<>();

    GuestScriptContext(ScriptRecorder recorder) {
        super(recorder, new java.util.EnumMap<>(io.vbaws.declaration.PolicySetting.class));
    }

    /** Guards {@code word}, and records it as written; false (with an error) when the block already has it. */
    private boolean once(String word) {
        return onceIn(written, word, word);
    }

    @Override
    DslBlock block() {
        return DslBlock.GUEST;
    }

    /** Whether the scripts run at all (default when the block is written: true). */
    public void enabled(boolean on) {
        if (once("enabled")) {
            enabled = on;
        }
    }

    /** The script run before the snapshot: {@code pre "/opt/freeze.sh"}. */
    public void pre(String path) {
        if (once("pre")) {
            preScript = path;
        }
    }

    /** The script run before the snapshot, with its arguments: {@code pre "/opt/freeze.sh", "--all"}. */
    public void pre(String path, String arguments) {
        pre(path);
        preArguments(arguments);
    }

    /** The arguments of the pre-snapshot script. */
    public void preArguments(String arguments) {
        if (once("preArguments")) {
            preArguments = arguments;
        }
    }

    /** The script run after the snapshot: {@code post "/opt/thaw.sh"}. */
    public void post(String path) {
        if (once("post")) {
            postScript = path;
        }
    }

    /** The script run after the snapshot, with its arguments. */
    public void post(String path, String arguments) {
        post(path);
        postArguments(arguments);
    }

    /** The arguments of the post-snapshot script. */
    public void postArguments(String arguments) {
        if (once("postArguments")) {
            postArguments = arguments;
        }
    }

    /** Run the scripts only for the snapshots that backups are made from. */
    public void onlyForBackupSnapshots(boolean only) {
        if (once("onlyForBackupSnapshots")) {
            onlyForBackupSnapshots = only;
        }
    }

    /** Go on when a script is missing from the instance. */
    public void ignoreMissing(boolean ignore) {
        if (once("ignoreMissing")) {
            ignoreMissing = ignore;
        }
    }

    /** Go on when a script fails. */
    public void ignoreErrors(boolean ignore) {
        if (once("ignoreErrors")) {
            ignoreErrors = ignore;
        }
    }

    ScriptSettings toSettings() {
        return new ScriptSettings(enabled == null ? Boolean.TRUE : enabled, preScript, preArguments, postScript,
                postArguments, onlyForBackupSnapshots, ignoreMissing, ignoreErrors);
    }
}
