package io.vbaws.dsl;

import groovy.lang.GroovyObject;
import groovy.lang.MetaBeanProperty;
import groovy.lang.MetaClass;
import groovy.lang.MetaProperty;
import groovy.lang.MissingPropertyException;
import io.vbaws.declaration.NameRef;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import java.util.HashMap;
import java.util.Map;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * What every block's context shares: the file's recorder, the rule that a setting is written once
 * per block, and property access closed to scripts. Groovy would otherwise let {@code retries = 3}
 * write a context's private field behind the DSL's back; here an unknown property falls through to
 * the enclosing block and the script, and assigning a setting is an error that shows the right form.
 */
abstract class DslContext implements GroovyObject {

    final ScriptRecorder recorder;
    private final Map<String, SourceRef> written = new HashMap<>();
    private MetaClass metaClass;

    DslContext(ScriptRecorder recorder) {
        this.recorder = recorder;
    }

    /** Ends the block unless it is the innermost one: {@code regions} written inside {@code snapshots}. */
    final void guard(String word) {
        if (!recorder.isInnermost(this)) {
            throw new BlockError(new ScriptError(recorder.call(word), word + " belongs in "
                    + recorder.vocabulary().blockName(getClass()) + ", not inside " + recorder.innermostBlockName()));
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

    @Override
    public final MetaClass getMetaClass() {
        if (metaClass == null) {
            metaClass = InvokerHelper.getMetaClass(getClass());
        }
        return metaClass;
    }

    @Override
    public final void setMetaClass(MetaClass metaClass) {
        throw new UnsupportedOperationException("a DSL block's meta class is fixed");
    }

    @Override
    public final Object getProperty(String propertyName) {
        MetaProperty property = getMetaClass().getMetaProperty(propertyName);
        if (property instanceof MetaBeanProperty bean && bean.getGetter() != null && bean.getGetter().isPublic()) {
            return bean.getProperty(this);
        }
        throw new MissingPropertyException(propertyName, getClass());
    }

    @Override
    public final void setProperty(String propertyName, Object newValue) {
        if (recorder.vocabulary().words(getClass()).contains(propertyName)) {
            throw new BlockError(new ScriptError(recorder.bareName(propertyName), "write " + propertyName + " VALUE, not "
                    + propertyName + " = VALUE: settings are method calls"));
        }
        throw new MissingPropertyException(propertyName, getClass());
    }

    @Override
    public final Object invokeMethod(String name, Object args) {
        return getMetaClass().invokeMethod(this, name, args);
    }
}
