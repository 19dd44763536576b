package io.vbaws.inventory;

import io.vbaws.declaration.ReplicaDeclaration;
import io.vbaws.declaration.ReplicaRoute;
import io.vbaws.declaration.NameRef;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.PolicySetting;
import io.vbaws.declaration.ProtectRule;
import io.vbaws.declaration.ProtectionMark;
import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.SourceRef;
import io.vbaws.declaration.WorkersDeclaration;
import io.vbaws.api.model.AwsRegionCodes;
import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.SnapshotSettings;
import io.vbaws.text.NameSuggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a declaration must keep before anything is resolved: required settings (after file
 * defaults), value ranges, and every rule between settings that the appliance enforces on a policy
 * body, as the 1.8 reference and the product state them, each reported with its file and line.
 * Needs no appliance: {@code vbaws validate} runs exactly these. Region codes are checked against
 * the AWS codes vbaws knows; an unknown one is only a warning here, since the appliance's own list
 * decides online ({@link #regionWarnings}).
 */
public final class DeclarationChecks {

    /** The reference bounds a policy name to 1..255 characters. */
    public static final int MAX_NAME_LENGTH = 255;
    /** The product's retry setting goes up to this many retries. */
    public static final int MAX_RETRIES = 100;
    /** The product allows at most this many custom snapshot tags. */
    public static final int MAX_SNAPSHOT_TAGS = 5;

    private static final Pattern TIME_OF_DAY = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    /** {@code vol-...}, {@code INSTANCE/vol-...} or {@code REGION/INSTANCE/vol-...}. */
    private static final Pattern VOLUME = Pattern.compile("(?:[^/]+/){0,2}vol-[0-9a-zA-Z]+");

    private static final Pattern APPLIANCE_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final NameSuggestions suggestions = new NameSuggestions(3);

    /**
     * Every rule broken by {@code declarations}, in declaration order, and the warnings of
     * {@link #regionWarnings}; empty when all hold. Only the errors fail a run.
     */
    public List<ScriptError> check(Declarations declarations) {
        List<ScriptError> errors = new ArrayList<>();
        for (PolicyDeclaration policy : declarations.policies()) {
            checkPolicy(policy, errors);
        }
        for (ProtectRule rule : declarations.protectRules()) {
            if (rule.pattern() == null || rule.pattern().isBlank()) {
                errors.add(new ScriptError(rule.declaredAt(), "protect needs a policy name or glob such as \"legacy-*\""));
            }
        }
        errors.addAll(regionWarnings(declarations));
        return errors;
    }

    /**
     * A warning for each region code no AWS region has, as far as vbaws knows, with the closest
     * known codes. Online, the appliance's list replaces these: a code it knows is fine, one it does
     * not is an error of resolution.
     */
    public List<ScriptError> regionWarnings(Declarations declarations) {
        Set<NameRef> codes = new LinkedHashSet<>();
        for (PolicyDeclaration p : declarations.policies()) {
            if (p.regions() != null) {
                codes.addAll(p.regions());
            }
            if (p.replicas() != null && p.replicas().routes() != null) {
                for (ReplicaRoute route : p.replicas().routes()) {
                    if (route.from() != null) {
                        codes.add(route.from());
                    }
                    if (route.to() != null) {
                        codes.add(route.to());
                    }
                }
            }
        }
        List<ScriptError> warnings = new ArrayList<>();
        for (NameRef code : codes) {
            if (!AwsRegionCodes.isKnown(code.name()) && !APPLIANCE_ID.matcher(code.name()).matches()) {
                warnings.add(ScriptError.warning(code.at(), "unknown AWS region \"" + code.name() + "\" (checked offline "
                        + "against the regions vbaws knows; the appliance decides online)",
                        suggestions.closest(code.name(), AwsRegionCodes.KNOWN)));
            }
        }
        return warnings;
    }

    /**
     * The rules about what a policy that had other errors wrote: its values, not the settings it
     * lacks (its block may have stopped before them). One run so reports a bad {@code notify at:}
     * beside a wrong {@code priority} in the same policy.
     */
    public List<ScriptError> checkWritten(List<PolicyDeclaration> failedPolicies) {
        List<ScriptError> errors = new ArrayList<>();
        failedPolicies.forEach(p -> checkWritten(p, errors));
        // The warnings too: a mistyped region beside a bad retries is one more thing to fix now.
        errors.addAll(regionWarnings(new Declarations(failedPolicies, List.of())));
        return errors;
    }

    private void checkPolicy(PolicyDeclaration p, List<ScriptError> errors) {
        String quoted = "policy \"" + p.name() + "\"";
        if (p.name().isBlank() || p.name().length() > MAX_NAME_LENGTH) {
            errors.add(new ScriptError(p.declaredAt(), "a policy name has 1 to " + MAX_NAME_LENGTH
                    + " characters, not " + p.name().length()));
        }
        if (p.identity() == null) {
            errors.add(new ScriptError(p.declaredAt(), quoted + " has no identity: expected account \"ROLE\" or "
                    + "organization \"ORG\" in the policy or in the file's defaults"));
        }
        if (p.regions() == null || p.regions().isEmpty()) {
            errors.add(new ScriptError(p.declaredAt(), quoted + " has no regions: expected regions \"us-east-1\", ... "
                    + "in the policy or in the file's defaults"));
        }
        if (p.template() == null) {
            errors.add(new ScriptError(p.declaredAt(), quoted + " has no SLA template: expected template \"NAME\" "
                    + "in the policy or in the file's defaults"));
        }
        checkWritten(p, errors);
    }

    private void checkWritten(PolicyDeclaration p, List<ScriptError> errors) {
        if (p.regions() != null) {
            checkUnique(p.regions(), "region", errors);
        }
        if (p.include() != null && !p.include().selectsSomething()) {
            errors.add(new ScriptError(p.include().at(), "include selects nothing: expected instances: [...] or tags: [...] "
                    + "(leave include out to protect all resources)"));
        }
        if (p.exclude() != null) {
            for (NameRef volume : p.exclude().volumes()) {
                if (!VOLUME.matcher(volume.name()).matches()) {
                    errors.add(new ScriptError(volume.at(), "exclude volumes: \"" + volume.name()
                            + "\" is not a volume: expected \"vol-...\" or \"INSTANCE/vol-...\", or system"));
                }
            }
        }
        if (p.retries() != null && (p.retries() < 0 || p.retries() > MAX_RETRIES)) {
            errors.add(new ScriptError(p.placeOf(PolicySetting.RETRIES), "retries must be 0.." + MAX_RETRIES
                    + ", not " + p.retries()));
        }
        if (p.priority() != null && p.priority() < 1) {
            errors.add(new ScriptError(p.placeOf(PolicySetting.PRIORITY), "priority must be 1 or more, not " + p.priority()));
        }
        if (ProtectionMark.split(p.description()).marked()) {
            // Sent as written, it would read back as protected with other text: a change on every plan.
            errors.add(new ScriptError(p.placeOf(PolicySetting.DESCRIPTION), "a description cannot end with the line "
                    + ProtectionMark.LINE + ", which vbaws keeps for protect true: write protect true instead"));
        }
        checkSnapshots(p, errors);
        checkReplicas(p, errors);
        checkNotification(p, errors);
        checkWorkers(p, errors);
    }

    private static void checkWorkers(PolicyDeclaration p, List<ScriptError> errors) {
        WorkersDeclaration w = p.workers();
        if (w != null && Boolean.TRUE.equals(w.production()) && w.role() == null) {
            errors.add(new ScriptError(p.placeOf(PolicySetting.WORKERS), "workers production: true needs role: the IAM "
                    + "role the workers run as (expected workers production: true, role: \"worker-role\")"));
        }
    }

    private static void checkUnique(List<NameRef> names, String noun, List<ScriptError> errors) {
        Set<String> seen = new HashSet<>();
        for (NameRef name : names) {
            if (!seen.add(name.name())) {
                errors.add(new ScriptError(name.at(), noun + " \"" + name.name() + "\" is listed twice"));
            }
        }
    }

    private static void checkSnapshots(PolicyDeclaration p, List<ScriptError> errors) {
        SnapshotSettings s = p.snapshots();
        if (s == null || s.additionalTags() == null) {
            return;
        }
        SourceRef at = p.placeOf(PolicySetting.SNAPSHOT_TAGS);
        if (s.additionalTags().size() > MAX_SNAPSHOT_TAGS) {
            errors.add(new ScriptError(at, "snapshots: at most " + MAX_SNAPSHOT_TAGS + " tags, not "
                    + s.additionalTags().size()));
        }
        checkTags(s.additionalTags(), "snapshots", at, errors);
    }

    private static void checkTags(List<KeyValueTag> tags, String block, SourceRef at, List<ScriptError> errors) {
        Set<String> keys = new HashSet<>();
        for (KeyValueTag tag : tags) {
            if (tag.key() == null || tag.key().isBlank()) {
                errors.add(new ScriptError(at, block + ": a tag needs a key"));
            } else if (!keys.add(tag.key())) {
                errors.add(new ScriptError(at, block + ": tag key \"" + tag.key() + "\" is given twice"));
            }
        }
    }

    private static void checkReplicas(PolicyDeclaration p, List<ScriptError> errors) {
        ReplicaDeclaration r = p.replicas();
        if (r == null) {
            return;
        }
        if (r.tags() != null) {
            checkTags(r.tags(), "replicas", p.placeOf(PolicySetting.REPLICA_TAGS), errors);
        }
        java.util.Map<String, SourceRef> sources = new java.util.HashMap<>();
        for (ReplicaRoute route : r.routes() == null ? List.<ReplicaRoute>of() : r.routes()) {
            List<String> missing = new ArrayList<>();
            if (route.from() == null) {
                missing.add("from:");
            }
            if (route.to() == null) {
                missing.add("to:");
            }
            if (route.role() == null) {
                missing.add("role:");
            }
            if (!missing.isEmpty()) {
                errors.add(new ScriptError(route.at(), "replicate needs " + String.join(", ", missing)
                        + " (expected from: SOURCE_REGION, to: TARGET_REGION, role: IAM_ROLE)"));
                continue;
            }
            if (route.from().name().equals(route.to().name())) {
                errors.add(new ScriptError(route.at(), "replicate: from: and to: are the same region (" + route.from().name() + ")"));
            }
            if (p.regions() != null && !p.regions().isEmpty()
                    && p.regions().stream().noneMatch(region -> region.name().equals(route.from().name()))) {
                errors.add(new ScriptError(route.from().at(), "replicate from: \"" + route.from().name()
                        + "\" is not one of the policy's regions (" + names(p.regions()) + ")"));
            }
            SourceRef first = sources.putIfAbsent(route.from().name(), route.at());
            if (first != null) {
                errors.add(new ScriptError(route.at(), "replicate from \"" + route.from().name() + "\" is already declared at line "
                        + first.line() + ": one replica route per source region"));
            }
        }
    }

    private static void checkNotification(PolicyDeclaration p, List<ScriptError> errors) {
        NotificationSettings n = p.notification();
        if (n == null) {
            return;
        }
        SourceRef at = p.placeOf(PolicySetting.NOTIFY);
        if (n.email() != null && !EMAIL.matcher(n.email()).matches()) {
            errors.add(new ScriptError(at, "notify email: \"" + n.email() + "\" is not an email address (expected name@example.com)"));
        }
        if (n.sendOnSpecificTime() != null && !TIME_OF_DAY.matcher(n.sendOnSpecificTime()).matches()) {
            errors.add(new ScriptError(at, "notify at: \"" + n.sendOnSpecificTime() + "\" is not a time of day (expected HH:mm, 00:00 to 23:59)"));
        }
        if (Boolean.TRUE.equals(n.enableNotifications()) && n.email() == null) {
            errors.add(new ScriptError(at, "notify needs email: when notifications are enabled"));
        }
    }

    private static String names(List<NameRef> refs) {
        return String.join(", ", refs.stream().map(NameRef::name).toList());
    }
}
