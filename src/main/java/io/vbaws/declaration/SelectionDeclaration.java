package io.vbaws.declaration;

import java.util.List;

/** {@code include instances: [...], tags: [...]}: the resources a policy protects, instead of all. */
public record SelectionDeclaration(List<NameRef> instances, List<TagRef> tags, SourceRef at) {

    public SelectionDeclaration {
        instances = instances == null ? List.of() : List.copyOf(instances);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether anything is chosen; an include that chooses nothing is a script error. */
    public boolean selectsSomething() {
        return !instances.isEmpty() || !tags.isEmpty();
    }
}
