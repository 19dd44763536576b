package io.vbaws.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.declaration.AccountIdentity;
import io.vbaws.declaration.ExclusionDeclaration;
import io.vbaws.declaration.IdentityDeclaration;
import io.vbaws.declaration.NameRef;
import io.vbaws.declaration.OrganizationIdentity;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.PolicySetting;
import io.vbaws.declaration.SelectionDeclaration;
import io.vbaws.declaration.SourceRef;
import io.vbaws.declaration.TagRef;
import io.vbaws.declaration.WorkersDeclaration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code slaPolicy "name" { ... }} and a file's {@code defaults { ... }}: every setting of an EC2
 * SLA-based policy. Names are written as the appliance shows them (region codes, template and role
 * names, instance names or {@code i-} IDs, tags as {@code key: "value"}) and resolved later. A
 * setting not written is not sent, so the appliance keeps its value; lists (regions, include,
 * exclude, tags, routes) add up over several calls, every other setting is written once.
 */
public final class PolicyContext extends DslContext {

    static final List<String> ORGANIZATION_KEYS = List.of("scope", "excludeMembers");
    static final List<String> INCLUDE_KEYS = List.of("instances", "tags");
    static final List<String> EXCLUDE_KEYS = List.of("instances", "tags", "volumes", "systemVolumes");
    static final List<String> NOTIFY_KEYS = List.of("email", "enabled", "onlyMissedSla", "at");
    static final List<String> WORKERS_KEYS = List.of("production", "role", "accountName");

    private final String name;
    private final SourceRef declaredAt;
    private String description;
    private IdentityDeclaration identity;
    private List<NameRef> regions;
    private NameRef template;
    private NameRef storage;
    private List<NameRef> includeInstances;
    private List<TagRef> includeTags;
    private List<NameRef> excludeInstances;
    private List<TagRef> excludeTags;
    private Boolean excludeSystemVolumes;
    private List<NameRef> excludeVolumes;
    private SnapshotContext snapshots;
    private ReplicaContext replicas;
    private Integer retries;
    private NotificationSettings notification;
    private WorkersDeclaration workers;
    private Boolean enabled;
    private Integer priority;
    private Boolean protect;
    private boolean replicasCleared;

    PolicyContext(ScriptRecorder recorder, String name, SourceRef declaredAt) {
        super(recorder, new EnumMap<>(PolicySetting.class));
        this.name = name;
        this.declaredAt = declaredAt;
    }

    @Override
    DslBlock block() {
        return DslBlock.POLICY;
    }

    /** {@code exclude volumes: system}: every instance's system volume. */
    public VolumeGroup getSystem() {
        return VolumeGroup.SYSTEM;
    }

    /** What the policy is for, as the appliance shows it. */
    public void description(String text) {
        if (once(PolicySetting.DESCRIPTION)) {
            description = text;
        }
    }

    /** The identity: an IAM role of a standalone account, by name: {@code account "backup-prod"}. */
    public void account(String roleName) {
        NameRef role = name("account", roleName);
        if (identityIsNew("account") && role != null) {
            identity = new AccountIdentity(role);
        }
    }

    /** The identity: a whole AWS organization, by name: {@code organization "acme"}. */
    public void organization(String organizationName) {
        organization(Map.of(), organizationName);
    }

    /**
     * The identity: an AWS organization, limited to one organizational unit (by name or {@code ou-} ID)
     * and less some member accounts (by name or 12-digit account ID):
     * {@code organization "acme", scope: "ou-prod", excludeMembers: ["111111111111"]}.
     */
    public void organization(Map<String, ?> options, String organizationName) {
        NameRef organization = name("organization", organizationName);
        NamedArguments args = new NamedArguments(recorder, "organization", options, ORGANIZATION_KEYS);
        NameRef scope = args.name("scope");
        List<NameRef> excluded = args.names("excludeMembers");
        if (identityIsNew("organization") && organization != null) {
            identity = new OrganizationIdentity(organization, scope, excluded);
        }
    }

    /** The AWS regions whose instances the policy protects, by code: {@code regions "us-east-1", "eu-west-1"}. */
    public void regions(String... codes) {
        regions(Arrays.asList((Object[]) codes));
    }

    /** The AWS regions, as a list: {@code regions(["us-east-1", "eu-west-1"])}. */
    public void regions(List<?> codes) {
        addsUp(PolicySetting.REGIONS);
        if (regions == null) {
            regions = new ArrayList<>();
        }
        for (Object code : codes) {
            NameRef region = name("regions", code);
            if (region != null) {
                regions.add(region);
            }
        }
    }

    /** The SLA template, by name: {@code template "gold"}. */
    public void template(String templateName) {
        if (once(PolicySetting.TEMPLATE)) {
            template = name("template", templateName);
        }
    }

    /** The storage template, by name: {@code storage "s3-90d"}. */
    public void storage(String templateName) {
        if (once(PolicySetting.STORAGE)) {
            storage = name("storage", templateName);
        }
    }

    /** {@code storage none}: the policy keeps no storage template (where leaving storage out keeps the appliance's). */
    public void clearStorage() {
        once(PolicySetting.STORAGE);
    }

    /** {@code notify none}: the policy sends no notifications and keeps no notification settings. */
    public void clearNotify() {
        once(PolicySetting.NOTIFY);
    }

    /** {@code replicas none}: the policy keeps no replica routes and no replica tags. */
    public void clearReplicas() {
        guard("replicas");
        if (places.containsKey(PolicySetting.REPLICAS)) {
            recorder.error(recorder.call("replicas"), "replicas none clears replicas that this policy declares at line "
                    + places.get(PolicySetting.REPLICAS).line() + ": write one or the other");
            return;
        }
        places.put(PolicySetting.REPLICAS, recorder.call("replicas"));
        replicasCleared = true;
    }

    /**
     * Protect these resources instead of all: {@code include instances: ["web-01", "i-0abc1234"],
     * tags: [env: "prod"]}. Instance names are looked up in the policy's regions.
     */
    public void include(Map<String, ?> selection) {
        addsUp(PolicySetting.INCLUDE);
        NamedArguments args = new NamedArguments(recorder, "include", selection, INCLUDE_KEYS);
        includeInstances = append(includeInstances, args.names("instances"));
        includeTags = append(includeTags, args.tags("tags"));
    }

    /**
     * Leave resources out: {@code exclude instances: ["web-canary"], tags: [backup: "skip"],
     * volumes: system} or {@code volumes: ["web-01/vol-0aa11"]} (a volume as {@code INSTANCE/vol-ID},
     * or {@code vol-ID} alone when the policy includes its instance by name).
     */
    public void exclude(Map<String, ?> exclusion) {
        addsUp(PolicySetting.EXCLUDE);
        NamedArguments args = new NamedArguments(recorder, "exclude", exclusion, EXCLUDE_KEYS);
        excludeInstances = append(excludeInstances, args.names("instances"));
        excludeTags = append(excludeTags, args.tags("tags"));
        Boolean system = args.flag("systemVolumes");
        if (system != null) {
            excludeSystemVolumes = system;
        }
        List<NameRef> volumes = new ArrayList<>();
        for (Object item : args.items("volumes")) {
            if (item == VolumeGroup.SYSTEM) {
                excludeSystemVolumes = Boolean.TRUE;
            } else if (TextValues.text(item) != null && !TextValues.text(item).isBlank()) {
                volumes.add(new NameRef(TextValues.text(item), recorder.literal("exclude", TextValues.text(item))));
            } else {
                args.wrong("volumes", "system or volume IDs in quotes, not " + TextValues.describe(item));
            }
        }
        excludeVolumes = append(excludeVolumes, volumes);
    }

    /** Cloud-native snapshot settings: tags, VSS, guest scripts. */
    public void snapshots(@DelegatesTo(value = SnapshotContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        snapshots(GroovyBlocks.<SnapshotContext>delegatingTo(body));
    }

    /** {@link #snapshots(Closure)} for Java code and the interpreter. */
    public void snapshots(Consumer<SnapshotContext> body) {
        addsUp(PolicySetting.SNAPSHOTS);
        if (snapshots == null) {
            snapshots = new SnapshotContext(recorder, places);
        }
        recorder.runBlock(snapshots, body);
    }

    /** Snapshot replicas: routes ({@code replicate}), and the tags replicas get. */
    public void replicas(@DelegatesTo(value = ReplicaContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        replicas(GroovyBlocks.<ReplicaContext>delegatingTo(body));
    }

    /** {@link #replicas(Closure)} for Java code and the interpreter. */
    public void replicas(Consumer<ReplicaContext> body) {
        guard("replicas");
        recorder.runBlock(replicaContext("replicas"), body);
    }

    /**
     * One snapshot replica route: {@code replicate from: "us-east-1", to: "us-west-2", role: "dr-role",
     * key: "alias/dr", onlyEncrypted: true}; from, to and role are required, the key is a KMS key's
     * name, alias or ARN in the target region.
     */
    public void replicate(Map<String, ?> route) {
        guard("replicate");
        replicaContext("replicate").addRoute(route, "replicate");
    }

    /** How many times a failed session is retried. */
    public void retries(int times) {
        if (once(PolicySetting.RETRIES)) {
            retries = times;
        }
    }

    /**
     * Email notifications: {@code notify email: "ops@example.com", onlyMissedSla: true, at: "08:00"}.
     * Writing notify enables them unless it says {@code enabled: false}; onlyMissedSla reports only
     * missed SLAs and removed instances; at is the time of day (HH:mm) to send at.
     */
    public void notify(Map<String, ?> settings) {
        notifyWith(settings);
    }

    /** {@link #notify(Map)} under another name, which static compilation cannot confuse with {@link Object#notify()}. */
    public void notifyWith(Map<String, ?> settings) {
        if (!once(PolicySetting.NOTIFY)) {
            return;
        }
        NamedArguments args = new NamedArguments(recorder, "notify", settings, NOTIFY_KEYS);
        Boolean on = args.flag("enabled");
        notification = new NotificationSettings(args.text("email"), on == null ? Boolean.TRUE : on,
                args.flag("onlyMissedSla"), args.text("at"));
    }

    /**
     * Production workers: {@code workers production: true, role: "worker-role", accountName: "prod-main"}:
     * run worker instances in the production account, as this IAM role.
     */
    public void workers(Map<String, ?> settings) {
        if (!once(PolicySetting.WORKERS)) {
            return;
        }
        NamedArguments args = new NamedArguments(recorder, "workers", settings, WORKERS_KEYS);
        workers = new WorkersDeclaration(args.flag("production"), args.name("role"), args.text("accountName"));
    }

    /** Whether the policy runs; not written, the appliance's state is left alone. */
    public void enabled(boolean on) {
        if (once(PolicySetting.ENABLED)) {
            enabled = on;
        }
    }

    /** The policy's priority among SLA-based policies, 1 first. */
    public void priority(int rank) {
        if (once(PolicySetting.PRIORITY)) {
            priority = rank;
        }
    }

    /**
     * Never delete this policy, even with {@code --prune}: recorded on the appliance as the last line
     * of its description, so it holds after the block is removed; {@code protect false} lifts it.
     */
    public void protect(boolean on) {
        if (once(PolicySetting.PROTECT)) {
            protect = on;
        }
    }

    PolicyDeclaration toDeclaration() {
        SelectionDeclaration include = places.containsKey(PolicySetting.INCLUDE)
                ? new SelectionDeclaration(includeInstances, includeTags, places.get(PolicySetting.INCLUDE)) : null;
        ExclusionDeclaration exclude = places.containsKey(PolicySetting.EXCLUDE)
                ? new ExclusionDeclaration(excludeInstances, excludeTags, excludeSystemVolumes, excludeVolumes) : null;
        return new PolicyDeclaration(name, declaredAt, description, identity, regions, template, storage, include, exclude,
                snapshots == null ? null : snapshots.toSettings(),
                replicas == null ? null : replicas.toDeclaration(),
                retries, notification, workers, enabled, priority, protect, places);
    }

    private boolean identityIsNew(String word) {
        guard(word);
        SourceRef at = recorder.call(word);
        SourceRef before = places.get(PolicySetting.IDENTITY);
        if (before != null) {
            recorder.error(at, "the identity is already set at line " + before.line()
                    + ": a policy has one, an account or an organization");
            return false;
        }
        places.put(PolicySetting.IDENTITY, at);
        return true;
    }

    private ReplicaContext replicaContext(String word) {
        if (replicasCleared) {
            throw new BlockError(new io.vbaws.declaration.ScriptError(recorder.call(word), word
                    + " declares replicas that replicas none at line " + places.get(PolicySetting.REPLICAS).line()
                    + " clears: write one or the other"));
        }
        places.putIfAbsent(PolicySetting.REPLICAS, recorder.call(word));
        if (replicas == null) {
            replicas = new ReplicaContext(recorder, places);
        }
        return replicas;
    }

    private static <T> List<T> append(List<T> list, List<T> more) {
        List<T> all = list == null ? new ArrayList<>() : list;
        all.addAll(more);
        return all;
    }
}
