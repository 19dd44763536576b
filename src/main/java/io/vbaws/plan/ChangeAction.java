package io.vbaws.plan;

import java.util.Locale;

/** What one change does to one policy; the order of the constants is not the order of apply. */
public enum ChangeAction {
    CREATE("+"),
    UPDATE("~"),
    DELETE("-"),
    ENABLE("^"),
    DISABLE("v"),
    REORDER("#");

    private final String mark;

    ChangeAction(String mark) {
        this.mark = mark;
    }

    /** The one-character mark of this action in plans and apply progress: {@code +} create, {@code #} reorder. */
    public String mark() {
        return mark;
    }

    /** The lower-case word used in JSON and saved plans: {@code create}, {@code reorder}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action a {@link #word()} names. */
    public static ChangeAction ofWord(String word) {
        for (ChangeAction action : values()) {
            if (action.word().equals(word)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown change action '" + word + "'");
    }
}
