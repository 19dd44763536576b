package io.vbaws.dsl;

import java.util.Optional;

/**
 * Where what a script file declares is kept between runs, so that an unchanged file is never
 * evaluated twice. An entry is found only for the same file name, the same text and the same
 * build of vbaws; anything else is a miss, and a miss is always safe.
 */
public interface ScriptCache {

    /** What {@code source} declared when it was last evaluated, if that was kept and can be trusted. */
    Optional<FileDeclarations> find(ScriptSource source);

    /** Keeps what {@code source} declares; a failure to keep it is no error (the next run evaluates again). */
    void store(ScriptSource source, FileDeclarations declarations);

    /** Drops the entries no recent run has used, once a run; a failure to is no error. */
    default void trim() {
        // A cache that keeps nothing has nothing to drop.
    }

    /** No cache: every file is evaluated, nothing is written. */
    static ScriptCache none() {
        return NoScriptCache.INSTANCE;
    }

    /** The cache that keeps nothing. */
    enum NoScriptCache implements ScriptCache {
        INSTANCE;

        @Override
        public Optional<FileDeclarations> find(ScriptSource source) {
            return Optional.empty();
        }

        @Override
        public void store(ScriptSource source, FileDeclarations declarations) {
            // Nothing is kept.
        }
    }
}
