package io.vbaws.dsl;

import io.vbaws.declaration.ScriptError;

/**
 * A mistake that ends the block it is in (an unknown setting, a wrong argument type, a forbidden
 * call at run time); the policy it belongs to is reported and skipped, and the script goes on.
 */
final class BlockError extends RuntimeException {

    private final transient ScriptError error;

    BlockError(ScriptError error) {
        super(error.render(), null, false, false);
        this.error = error;
    }

    ScriptError error() {
        return error;
    }
}
