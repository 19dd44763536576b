package io.vbaws.plan;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.inventory.IdKind;
import io.vbaws.inventory.IdNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Field by field, what a create sets or an update changes, with IDs compared and names shown.
 *
 * <p>The rules: a field the desired spec leaves null is not compared (except inside the resource
 * selection, which a resolved policy declares whole, so null there is empty); lists whose order
 * carries no meaning compare as sets, null equal to empty; an absent boolean on the appliance is
 * false; an absent string equals an empty one; replica mappings compare per source region, and a
 * mapping's null subfield is not compared. A live policy that selects all items has no selection,
 * whatever {@code selectedItems} it carries: the appliance ignores them. The description compares
 * as two fields: the user's text, and the protect mark vbaws keeps as its last line
 * ({@link io.vbaws.declaration.ProtectionMark}).
 */
public final class PolicyDiff {

    private final IdNames names;

    public PolicyDiff(IdNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * What a new policy's spec sets, as changes from nothing, in path order: every value its script
     * declares, and the values the appliance fills in for what it leaves out, marked as defaults.
     */
    public List<FieldChange> creation(SlaPolicySpec desired) {
        IdKind identity = IdentityScope.desiredKind(desired);
        List<FieldChange> shown = new ArrayList<>();
        for (SpecField field : SpecField.ALL) {
            if (field.path().equals(SpecField.ROUTES)) {
                shown.addAll(createdRoutes(desired));
                continue;
            }
            FieldValue value = field.readFrom(desired, identity);
            if (field.path().equals("backupType") && !isAllItems(value)) {
                // Selected resources are shown by the include lines themselves.
                continue;
            }
            if (field.declares(value)) {
                shown.add(new FieldChange(field.path(), wordOf(field, identity), null, value.shown(names, null), false));
            } else if (field.path().equals("retrySettings.retryTimes")) {
                shown.add(new FieldChange(field.path(), field.word(), null, ApiValues.PolicyDefaults.RETRY_TIMES, true));
            }
        }
        return shown;
    }

    private List<FieldChange> createdRoutes(SlaPolicySpec desired) {
        List<FieldChange> shown = new ArrayList<>();
        for (ReplicaMapping route : ReplicaRoutes.bySource(ReplicaRoutes.of(desired)).values()) {
            String source = FieldValue.nameOf(names, IdKind.REGION, route.sourceRegionId());
            for (SpecField.RouteField field : SpecField.RouteField.values()) {
                FieldValue value = field.readFrom(route);
                if (value != null) {
                    shown.add(new FieldChange(field.path(source), field.word(source), null, value.shown(names, null), false));
                }
            }
        }
        return shown;
    }

    /** What an update of {@code live} to {@code desired} changes, and how many compared fields match. */
    public SpecDiff between(SlaPolicySpec desired, SlaPolicy live) {
        return between(desired, live, Set.of());
    }

    /**
     * {@link #between(SlaPolicySpec, SlaPolicy)} where the script cleared the top-level fields
     * {@code cleared} with {@code none}: each of their fields the appliance has set is a removal.
     */
    public SpecDiff between(SlaPolicySpec desired, SlaPolicy live, Set<String> cleared) {
        SlaPolicySpec current = withoutIgnoredSelection(live.toSpec());
        IdKind wantedIdentity = IdentityScope.desiredKind(desired);
        IdKind liveIdentity = IdentityScope.liveKind(live);
        boolean leavesOrganization = IdentityScope.leavesOrganization(desired, live);
        // Like the selection, an organization's settings are declared whole: no scope is the whole organization.
        boolean organizationDeclared = desired.organizationSettings() != null;
        List<FieldChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (SpecField field : SpecField.ALL) {
            boolean clearedField = cleared.contains(field.path().split("\\.")[0]);
            if (field.path().equals(SpecField.ROUTES)) {
                if (clearedField) {
                    removeRoutes(ReplicaRoutes.of(current), changes);
                } else if (ReplicaRoutes.of(desired) != null) {
                    unchanged += compareRoutes(ReplicaRoutes.of(desired), ReplicaRoutes.of(current), changes);
                }
                continue;
            }
            FieldValue wanted = field.readFrom(desired, wantedIdentity);
            FieldValue existing = field.readFrom(current, liveIdentity);
            boolean organizationField = field.path().startsWith("organizationSettings.");
            if (wanted == null && leavesOrganization && organizationField) {
                if (existing != null && existing.isSet()) {
                    FieldValue gone = emptyLike(existing);
                    changes.add(change(field, wantedIdentity, existing, gone));
                }
                continue;
            }
            if (clearedField) {
                if (existing != null && existing.isSet()) {
                    changes.add(change(field, wantedIdentity, existing, null));
                } else {
                    unchanged++;
                }
                continue;
            }
            boolean declaredWhole = field.selection() || (organizationDeclared && organizationField);
            if (wanted == null && !declaredWhole) {
                continue;
            }
            if (wanted == null) {
                wanted = emptyLike(existing);
            } else if (existing == null) {
                existing = emptyLike(wanted);
            }
            if (wanted == null ? existing == null || !existing.isSet() : wanted.sameAs(existing)) {
                // The protect mark is a line of the description, not a field of its own to count.
                unchanged += field.isProtectMark() ? 0 : 1;
            } else {
                changes.add(change(field, wantedIdentity, existing, wanted));
            }
        }
        return new SpecDiff(changes, unchanged);
    }

    private FieldChange change(SpecField field, IdKind identity, FieldValue before, FieldValue after) {
        return new FieldChange(field.path(), wordOf(field, identity),
                before == null ? null : before.shown(names, after),
                after == null ? null : after.shown(names, before), false);
    }

    /** Every live route as removed: the script wrote {@code replicas none}. */
    private void removeRoutes(List<ReplicaMapping> existing, List<FieldChange> changes) {
        if (existing != null && !existing.isEmpty()) {
            compareRoutes(List.of(), existing, changes);
        }
    }

    /** Adds the route changes; answers how many compared route fields matched. */
    private int compareRoutes(List<ReplicaMapping> wantedList, List<ReplicaMapping> existingList, List<FieldChange> changes) {
        Map<String, ReplicaMapping> wanted = ReplicaRoutes.bySource(wantedList);
        Map<String, ReplicaMapping> existing = ReplicaRoutes.bySource(existingList);
        Set<String> sources = new LinkedHashSet<>(wanted.keySet());
        sources.addAll(existing.keySet());
        int unchanged = 0;
        for (String source : sources) {
            ReplicaMapping want = wanted.get(source);
            ReplicaMapping have = existing.get(source);
            String sourceName = FieldValue.nameOf(names, IdKind.REGION, source);
            for (SpecField.RouteField field : SpecField.RouteField.values()) {
                FieldValue after = want == null ? null : field.readFrom(want);
                FieldValue before = have == null ? null : field.readFrom(have);
                if (want != null && after == null || want == null && before == null) {
                    continue;
                }
                if (want != null && after.sameAs(before == null ? emptyLike(after) : before)) {
                    unchanged++;
                    continue;
                }
                // A route that is added or removed has no value on its missing side, not a default.
                Object shownBefore = have == null ? null : before == null ? emptyShown(after) : before.shown(names, after);
                Object shownAfter = want == null ? null : after.shown(names, before);
                changes.add(new FieldChange(field.path(sourceName), field.word(sourceName), shownBefore, shownAfter, false));
            }
        }
        return unchanged;
    }

    private Object emptyShown(FieldValue like) {
        FieldValue empty = emptyLike(like);
        return empty == null ? null : empty.shown(names, like);
    }

    /** What an absent value of {@code like}'s field means: an empty set, false, or nothing. */
    private static FieldValue emptyLike(FieldValue like) {
        if (like instanceof FieldValue.IdSet set) {
            return new FieldValue.IdSet(Set.of(), set.kind());
        }
        if (like instanceof FieldValue.TagSet) {
            return new FieldValue.TagSet(Set.of());
        }
        if (like instanceof FieldValue.Flag) {
            return new FieldValue.Flag(false);
        }
        return null;
    }

    private static String wordOf(SpecField field, IdKind identity) {
        return field.path().equals("identityId") ? SpecField.identityWord(identity) : field.word();
    }

    private static boolean isAllItems(FieldValue backupType) {
        return backupType instanceof FieldValue.Scalar scalar && ApiValues.BackupType.ALL_ITEMS.equals(scalar.value());
    }

    /** An AllItems policy protects everything in scope; the appliance ignores its selectedItems, and so does the diff. */
    private static SlaPolicySpec withoutIgnoredSelection(SlaPolicySpec spec) {
        if (!ApiValues.BackupType.ALL_ITEMS.equals(spec.backupType()) || spec.selectedItems() == null) {
            return spec;
        }
        return spec.toBuilder().selectedItems(null).build();
    }
}
