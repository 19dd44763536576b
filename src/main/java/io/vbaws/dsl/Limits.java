package io.vbaws.dsl;

import io.vbaws.dsl.Expr.Pos;

/**
 * The bounds of one script's evaluation, counted rather than timed, so a run is deterministic: a
 * budget of steps (every evaluated node and every item a method goes through), the length of a
 * text, the size of a list, map or range, and the depth of calls. Each exceeded bound is an error
 * at the place it was exceeded.
 */
final class Limits {

    static final long STEPS = 1_000_000;
    static final int MAX_TEXT = 100_000;
    static final int MAX_ITEMS = 100_000;
    static final int MAX_DEPTH = 200;

    private long steps;
    private int depth;

    /** Counts one step at {@code pos}. */
    void step(Pos pos) {
        steps(pos, 1);
    }

    /** Counts {@code count} steps at {@code pos}: a method that goes through {@code count} items. */
    void steps(Pos pos, long count) {
        steps += Math.max(count, 0);
        if (steps > STEPS) {
            throw EvalError.bound(pos, "the script takes more than " + String.format("%,d", STEPS)
                    + " steps and was stopped: a policy script must finish (is a loop endless?)");
        }
    }

    /** {@code text}, once its length is checked. */
    String text(Pos pos, String text) {
        textLength(pos, text.length());
        return text;
    }

    void textLength(Pos pos, long length) {
        if (length > MAX_TEXT) {
            throw EvalError.bound(pos, "a text of more than " + String.format("%,d", MAX_TEXT) + " characters is not allowed");
        }
    }

    void items(Pos pos, long size) {
        if (size > MAX_ITEMS) {
            throw EvalError.bound(pos, "a list, map or range of more than " + String.format("%,d", MAX_ITEMS)
                    + " items is not allowed");
        }
    }

    void enter(Pos pos) {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw EvalError.bound(pos, "functions and blocks call each other more than " + MAX_DEPTH
                    + " deep: does a function call itself without end?");
        }
    }

    void leave() {
        depth = Math.max(depth - 1, 0);
    }
}
