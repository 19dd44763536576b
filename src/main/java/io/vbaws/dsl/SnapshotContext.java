package io.vbaws.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.SnapshotScripts;
import io.vbaws.api.model.SnapshotSettings;
import io.vbaws.declaration.PolicySetting;
import io.vbaws.declaration.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code snapshots { ... }}: the cloud-native snapshot settings of a policy; each is sent only when written. */
public final class SnapshotContext extends DslContext {

    private List<KeyValueTag> tags;
    private Boolean copyTagsFromVolume;
    private Boolean vss;
    private GuestScriptContext windows;
    private GuestScriptContext linux;

    SnapshotContext(ScriptRecorder recorder, Map<PolicySetting, SourceRef> places) {
        super(recorder, places);
    }

    @Override
    DslBlock block() {
        return DslBlock.SNAPSHOTS;
    }

    /** Tags every snapshot gets: {@code tags owner: "platform", team: "web"} (at most 5 in all). */
    public void tags(Map<String, ?> keyValues) {
        addsUp(PolicySetting.SNAPSHOT_TAGS);
        if (tags == null) {
            tags = new ArrayList<>();
        }
        tags.addAll(KeyValueTags.read(recorder, "tags", keyValues));
    }

    /** Copy the volume's tags to its snapshots. */
    public void copyTagsFromVolume(boolean copy) {
        if (once(PolicySetting.SNAPSHOT_COPY_TAGS)) {
            copyTagsFromVolume = copy;
        }
    }

    /** Try application-consistent (VSS) snapshots of Windows instances. */
    public void vss(boolean tryVss) {
        if (once(PolicySetting.SNAPSHOT_VSS)) {
            vss = tryVss;
        }
    }

    /** Scripts run in Windows guests around a snapshot. */
    public void windows(@DelegatesTo(value = GuestScriptContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        windows(GroovyBlocks.<GuestScriptContext>delegatingTo(body));
    }

    /** {@link #windows(Closure)} for Java code and the interpreter. */
    public void windows(Consumer<GuestScriptContext> body) {
        if (once(PolicySetting.WINDOWS_SCRIPTS)) {
            windows = new GuestScriptContext(recorder);
            recorder.runBlock(windows, body);
        }
    }

    /** Scripts run in Linux guests around a snapshot. */
    public void linux(@DelegatesTo(value = GuestScriptContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        linux(GroovyBlocks.<GuestScriptContext>delegatingTo(body));
    }

    /** {@link #linux(Closure)} for Java code and the interpreter. */
    public void linux(Consumer<GuestScriptContext> body) {
        if (once(PolicySetting.LINUX_SCRIPTS)) {
            linux = new GuestScriptContext(recorder);
            recorder.runBlock(linux, body);
        }
    }

    SnapshotSettings toSettings() {
        SnapshotScripts scripts = windows == null && linux == null ? null
                : new SnapshotScripts(windows == null ? null : windows.toSettings(), linux == null ? null : linux.toSettings());
        return new SnapshotSettings(tags == null ? null : List.copyOf(tags), copyTagsFromVolume, vss, scripts);
    }
}
