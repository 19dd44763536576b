package io.vbaws.declaration;

import io.vbaws.api.model.KeyValueTag;
import java.util.List;

/** Snapshot replicas: the routes, plus the tags replicas get; a null field is one not set. */
public record ReplicaDeclaration(List<ReplicaRoute> routes, List<KeyValueTag> tags, Boolean copyTagsFromVolume) {

    public ReplicaDeclaration {
        routes = routes == null ? null : List.copyOf(routes);
        tags = tags == null ? null : List.copyOf(tags);
    }
}
