package io.vbaws.dsl;

import io.vbaws.declaration.NameRef;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.util.HashMap;
import java.util.Map;

/**
 * What every block's context shares: the file's recorder, and the rule that a setting is written
 * once per block and only in its own block.
 */
abstract class DslContext {

    final ScriptRecorder recorder;
    private final Map<String, SourceRef> written = new HashMap<>();

    DslContext(ScriptRecorder recorder) {
        this.recorder = recorder;
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

    /** Guards {@code word}, and records it as written; false (with an error) when the block already has it. */
    final boolean once(String word) {
        guard(word);
        SourceRef at = recorder.call(word);
        SourceRef before = written.putIfAbsent(word, at);
        if (before != null) {
            recorder.error(at, word + " is already set at line " + before.line() + " of this " + recorder.innermostBlockName());
            return false;
        }
        return true;
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
