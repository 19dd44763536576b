package io.vbaws.declaration;

import java.util.Objects;

/** A name as a script wrote it (a region code, a template name, an {@code i-} ID...), with where. */
public record NameRef(String name, SourceRef at) {

    public NameRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return name;
    }
}
