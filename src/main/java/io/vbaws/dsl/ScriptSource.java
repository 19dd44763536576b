package io.vbaws.dsl;

import java.util.Objects;

/** A script's text and the name errors call it by (the path as the user gave it). */
public record ScriptSource(String name, String text) {

    public ScriptSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
