package io.vbaws.declaration;

import java.util.Objects;

/** An AWS tag a script selects or excludes resources by, as {@code key=value}, with where. */
public record TagRef(String key, String value, SourceRef at) {

    public TagRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String toString() {
        return key + "=" + value;
    }
}
