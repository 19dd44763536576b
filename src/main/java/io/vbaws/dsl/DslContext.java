package io.vbaws.dsl;

import io.vbaws.declaration.NameRef;
import io.vbaws.declaration.PolicySetting;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.util.Map;

/**
 * What every block's context shares: the file's recorder, and the rule that a setting is written
 * once per block and only in its own block.
 */
abstract class DslContext {

    final ScriptRecorder recorder;
    /** Where each setting of the policy was written: one map for the policy and the blocks inside it. */
    final Map<PolicySetting, SourceRef> places;

    DslContext(ScriptRecorder recorder, Map<PolicySetting, SourceRef> places) {
        this.recorder = recorder;
        this.places = places;
    }

    /** Which block of the DSL this context is. */
    abstract DslBlock block();

    /** Ends the block unless it is the innermost one: {@code regions} written inside {@code snapshots}. */
    final void guard(String word) {
        if (!recorder.isInnermost(this)) {
            throw new BlockError(new ScriptError(recorder.call(word), word + " belongs in "
                    + block().displayName() + ", not inside " + recorder.innermostBlockName()));
        }
    }

    /**
     * Guards {@code setting}'s word and records where it is written; false (with an error) when the
     * block already has it.
     */
    final boolean once(PolicySetting setting) {
        return onceIn(places, setting, setting.lastWord());
    }

    /** Guards {@code word} and records it in {@code written} under {@code key}; false (with an error) when it is there. */
    final <K> boolean onceIn(Map<K, SourceRef> written, K key, String word) {
        guard(word);
        SourceRef at = recorder.call(word);
        SourceRef before = written.putIfAbsent(key, at);
        if (before != null) {
            recorder.error(at, word + " is already set at line " + before.line() + " of this " + recorder.innermostBlockName());
            return false;
        }
        return true;
    }

    /** Guards {@code setting}'s word, which adds up over several calls, and records where it was first written. */
    final void addsUp(PolicySetting setting) {
        String word = setting.lastWord();
        guard(word);
        places.putIfAbsent(setting, recorder.call(word));
    }

    /** A name passed to {@code word}, with the place of its literal. */
    final NameRef name(String word, Object value) {
        String text = TextValues.text(value);
        if (text == null) {
            recorder.error(recorder.call(word), word + " takes a name in quotes, not " + TextValues.describe(value));
            return null;
        }
        if (text.isBlank()) {
            recorder.error(recorder.call(word), word + " takes a name, not an empty text");
            return null;
        }
        return new NameRef(text, recorder.literal(word, text));
    }
}
