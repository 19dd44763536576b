package io.vbaws.dsl;

import io.vbaws.api.model.KeyValueTag;
import io.vbaws.declaration.NameRef;
import io.vbaws.declaration.PolicySetting;
import io.vbaws.declaration.ReplicaDeclaration;
import io.vbaws.declaration.ReplicaRoute;
import io.vbaws.declaration.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code replicas { ... }}: where snapshot replicas go ({@code replicate}, as many as needed) and the
 * tags they get. A policy's own {@code replicate} adds a route here too.
 */
public final class ReplicaContext extends DslContext {

    static final List<String> ROUTE_KEYS = List.of("from", "to", "role", "key", "onlyEncrypted");

    private List<ReplicaRoute> routes;
    private List<KeyValueTag> tags;
    private Boolean copyTagsFromVolume;

    ReplicaContext(ScriptRecorder recorder, Map<PolicySetting, SourceRef> places) {
        super(recorder, places);
    }

    @Override
    DslBlock block() {
        return DslBlock.REPLICAS;
    }

    /**
     * One replica route: {@code replicate from: "us-east-1", to: "us-west-2", role: "dr-role",
     * key: "alias/dr", onlyEncrypted: true}; from, to and role are required.
     */
    public void replicate(Map<String, ?> route) {
        guard("replicate");
        addRoute(route, "replicate");
    }

    /** Tags every replica gets: {@code tags dr: "true"}. */
    public void tags(Map<String, ?> keyValues) {
        addsUp(PolicySetting.REPLICA_TAGS);
        if (tags == null) {
            tags = new ArrayList<>();
        }
        tags.addAll(KeyValueTags.read(recorder, "tags", keyValues));
    }

    /** Copy the volume's tags to its replicas. */
    public void copyTagsFromVolume(boolean copy) {
        if (once(PolicySetting.REPLICA_COPY_TAGS)) {
            copyTagsFromVolume = copy;
        }
    }

    void addRoute(Map<String, ?> route, String word) {
        SourceRef at = recorder.call(word);
        NamedArguments args = new NamedArguments(recorder, word, route, ROUTE_KEYS);
        NameRef from = args.name("from");
        NameRef to = args.name("to");
        NameRef role = args.name("role");
        NameRef key = args.name("key");
        Boolean onlyEncrypted = args.flag("onlyEncrypted");
        if (routes == null) {
            routes = new ArrayList<>();
        }
        routes.add(new ReplicaRoute(from, to, role, key, onlyEncrypted, at));
    }

    ReplicaDeclaration toDeclaration() {
        return new ReplicaDeclaration(routes, tags, copyTagsFromVolume);
    }
}
