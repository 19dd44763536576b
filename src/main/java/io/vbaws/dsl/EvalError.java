package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;

/**
 * A failure of a script's own computation (a division by zero, a method on the wrong kind of
 * value) or an exceeded bound, at the place it happened; never carries a stack trace. A bound
 * ends the whole file; any other failure ends the statement it is in.
 */
final class EvalError extends RuntimeException {

    private final transient Pos pos;
    private final boolean bound;

    EvalError(Pos pos, String message) {
        this(pos, message, false);
    }

    private EvalError(Pos pos, String message, boolean bound) {
        super(message, null, false, false);
        this.pos = pos;
        this.bound = bound;
    }

    /** A bound of the language exceeded: steps, sizes, depth. */
    static EvalError bound(Pos pos, String message) {
        return new EvalError(pos, message, true);
    }

    Pos pos() {
        return pos;
    }

    boolean isBound() {
        return bound;
    }
}
