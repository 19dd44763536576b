package io.vbaws.declaration;

import java.util.List;

/**
 * {@code exclude instances: [...], tags: [...], volumes: system | [...]}: what a policy leaves out.
 * A volume is written {@code vol-...}, or {@code instance/vol-...} to say whose volume it is.
 * {@code systemVolumes} is null when the script does not say.
 */
public record ExclusionDeclaration(List<NameRef> instances, List<TagRef> tags, Boolean systemVolumes, List<NameRef> volumes) {

    public ExclusionDeclaration {
        instances = instances == null ? List.of() : List.copyOf(instances);
        tags = tags == null ? List.of() : List.copyOf(tags);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
    }

    /** Nothing excluded. */
    public static final ExclusionDeclaration NONE = new ExclusionDeclaration(List.of(), List.of(), null, List.of());
}
