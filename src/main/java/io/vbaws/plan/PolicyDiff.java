package io.vbaws.plan;

import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.VolumeRef;
import io.vbaws.inventory.IdKind;
import io.vbaws.inventory.IdNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Field by field, what a create sets or an update changes, with IDs compared and names shown.
 *
 * <p>The rules: a field the desired spec leaves null is not compared (except inside the resource
 * selection, which a resolved policy declares whole, so null there is empty); lists whose order
 * carries no meaning compare as sets, null equal to empty; an absent boolean on the appliance is
 * false; an absent string equals an empty one; replica mappings compare per source region, and a
 * mapping's null subfield is not compared.
 */
public final class PolicyDiff {
    private static final String MAPPING = "replicaSettings.mapping";

    private final IdNames names;

    public PolicyDiff(IdNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /** Every value a new policy's spec sets, as changes from nothing, in path order. */
    public List<FieldChange> creation(SlaPolicySpec desired) {
        List<FieldChange> shown = new ArrayList<>();
        for (SpecField field : SpecField.ALL) {
            Object value = field.readFrom(desired);
            if (field.kind() == SpecField.Kind.ROUTES) {
                shown.addAll(createdRoutes(desired));
            } else if (isSet(field.kind(), value)) {
                IdKind kind = field.kind() == SpecField.Kind.IDENTITY ? IdentityScope.desiredKind(desired) : field.idKind();
                shown.add(new FieldChange(field.path(), null, render(field.kind(), kind, value, null, kind)));
            }
        }
        return shown;
    }

    private List<FieldChange> createdRoutes(SlaPolicySpec desired) {
        List<FieldChange> shown = new ArrayList<>();
        for (ReplicaMapping route : ReplicaRoutes.bySource(ReplicaRoutes.of(desired)).values()) {
            for (RouteField field : RouteField.values()) {
                Object value = field.read.apply(route);
                if (value != null) {
                    shown.add(new FieldChange(routePath(route.sourceRegionId(), field), null,
                            single(field.kind, field.idKind, value, null, field.idKind)));
                }
            }
        }
        return shown;
    }

    /** What an update of {@code live} to {@code desired} changes, and how many compared fields match. */
    public SpecDiff between(SlaPolicySpec desired, SlaPolicy live) {
        SlaPolicySpec current = live.toSpec();
        boolean leavesOrganization = IdentityScope.leavesOrganization(desired, live);
        // Like the selection, an organization's settings are declared whole: no scope is the whole organization.
        boolean organizationDeclared = desired.organizationSettings() != null;
        List<FieldChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (SpecField field : SpecField.ALL) {
            Object wanted = field.readFrom(desired);
            Object existing = field.readFrom(current);
            if (field.kind() == SpecField.Kind.ROUTES) {
                if (wanted != null) {
                    unchanged += compareRoutes(ReplicaRoutes.of(desired), ReplicaRoutes.of(current), changes);
                }
                continue;
            }
            if (wanted == null && leavesOrganization && field.path().startsWith("organizationSettings.")) {
                wanted = field.kind() == SpecField.Kind.ID_SET ? List.of() : null;
                if (existing != null && !isSet(field.kind(), wanted) && isSet(field.kind(), existing)) {
                    changes.add(new FieldChange(field.path(),
                            render(field.kind(), field.idKind(), existing, wanted, field.idKind()),
                            render(field.kind(), field.idKind(), wanted, existing, field.idKind())));
                }
                continue;
            }
            boolean declaredWhole = field.selection()
                    || (organizationDeclared && field.path().startsWith("organizationSettings."));
            if (wanted == null && !declaredWhole) {
                continue;
            }
            IdKind before = field.kind() == SpecField.Kind.IDENTITY ? IdentityScope.liveKind(live) : field.idKind();
            IdKind after = field.kind() == SpecField.Kind.IDENTITY ? IdentityScope.desiredKind(desired) : field.idKind();
            if (same(field.kind(), wanted, existing)) {
                unchanged++;
            } else {
                changes.add(new FieldChange(field.path(),
                        render(field.kind(), before, existing, wanted, after),
                        render(field.kind(), after, wanted, existing, before)));
            }
        }
        return new SpecDiff(changes, unchanged);
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
            for (RouteField field : RouteField.values()) {
                Object after = want == null ? null : field.read.apply(want);
                Object before = have == null ? null : field.read.apply(have);
                if (want != null && after == null) {
                    continue;
                }
                if (want == null && before == null) {
                    continue;
                }
                if (want != null && same(field.kind, after, before)) {
                    unchanged++;
                    continue;
                }
                // A route that is added or removed has no value on its missing side, not a default.
                changes.add(new FieldChange(routePath(source, field),
                        have == null ? null : single(field.kind, field.idKind, before, after, field.idKind),
                        want == null ? null : single(field.kind, field.idKind, after, before, field.idKind)));
            }
        }
        return unchanged;
    }

    private String routePath(String sourceRegionId, RouteField field) {
        return MAPPING + "[" + nameOf(IdKind.REGION, sourceRegionId) + "]." + field.name;
    }

    /** The subfields of one replica route. */
    private enum RouteField {
        TARGET_REGION("targetRegionId", SpecField.Kind.ID, IdKind.REGION, ReplicaMapping::targetRegionId),
        TARGET_ROLE("targetIAMRoleId", SpecField.Kind.ID, IdKind.ACCOUNT, ReplicaMapping::targetIAMRoleId),
        ENCRYPTION_KEY("encryptionKey", SpecField.Kind.ID, IdKind.ENCRYPTION_KEY, ReplicaMapping::encryptionKey),
        ONLY_ENCRYPTED("encryptOnlyEncryptedVolumes", SpecField.Kind.FLAG, null, ReplicaMapping::encryptOnlyEncryptedVolumes);

        private final String name;
        private final SpecField.Kind kind;
        private final IdKind idKind;
        private final Function<ReplicaMapping, Object> read;

        RouteField(String name, SpecField.Kind kind, IdKind idKind, Function<ReplicaMapping, Object> read) {
            this.name = name;
            this.kind = kind;
            this.idKind = idKind;
            this.read = read;
        }
    }

    private static boolean isSet(SpecField.Kind kind, Object value) {
        return switch (kind) {
            case TEXT -> value != null && !((String) value).isEmpty();
            case ID_SET, TAG_SET, VOLUME_SET, ROUTES -> value != null && !((List<?>) value).isEmpty();
            default -> value != null;
        };
    }

    private static boolean same(SpecField.Kind kind, Object wanted, Object existing) {
        return switch (kind) {
            case TEXT -> Objects.equals(blankToNull(wanted), blankToNull(existing));
            case FLAG -> Boolean.TRUE.equals(wanted) == Boolean.TRUE.equals(existing);
            case NUMBER, ID, IDENTITY -> Objects.equals(wanted, existing);
            case ID_SET -> idSet(wanted).equals(idSet(existing));
            case TAG_SET -> tagSet(wanted).equals(tagSet(existing));
            case VOLUME_SET -> volumeSet(wanted).equals(volumeSet(existing));
            case ROUTES -> throw new IllegalArgumentException("routes compare per source region");
        };
    }

    /**
     * The display form of {@code value}; {@code other} is the value on the other side, whose IDs
     * take part in telling apart IDs that share a name.
     */
    private Object render(SpecField.Kind kind, IdKind idKind, Object value, Object other, IdKind otherKind) {
        return switch (kind) {
            case ID_SET -> renderIds(idKind, idSet(value), idSet(other));
            case VOLUME_SET -> renderIds(idKind, volumeSet(value), volumeSet(other));
            case TAG_SET -> tagSet(value).stream().map(PolicyDiff::tagText).sorted().toList();
            default -> single(kind, idKind, value, other, otherKind);
        };
    }

    private Object single(SpecField.Kind kind, IdKind idKind, Object value, Object other, IdKind otherKind) {
        return switch (kind) {
            case TEXT -> blankToNull(value);
            case FLAG -> Boolean.TRUE.equals(value);
            case NUMBER -> value;
            case ID, IDENTITY -> {
                if (value == null) {
                    yield null;
                }
                String name = nameOf(idKind, (String) value);
                boolean sharedName = other != null && !other.equals(value) && idKind == otherKind
                        && name.equals(nameOf(otherKind, (String) other));
                yield sharedName ? name + " (" + value + ")" : name;
            }
            default -> throw new IllegalArgumentException(kind + " is not a single value");
        };
    }

    private List<String> renderIds(IdKind kind, Set<String> ids, Set<String> otherIds) {
        Set<String> all = new LinkedHashSet<>(ids);
        all.addAll(otherIds);
        Map<String, String> display = displayNames(kind, all);
        return ids.stream().map(display::get).sorted().toList();
    }

    /** Names for IDs; a name two of these IDs share is followed by the ID, so both stay visible. */
    private Map<String, String> displayNames(IdKind kind, Collection<String> ids) {
        Map<String, Integer> useCount = new HashMap<>();
        Map<String, String> nameOfId = new HashMap<>();
        for (String id : ids) {
            String name = nameOf(kind, id);
            nameOfId.put(id, name);
            useCount.merge(name, 1, Integer::sum);
        }
        Map<String, String> display = new HashMap<>();
        nameOfId.forEach((id, name) -> display.put(id, useCount.get(name) > 1 ? name + " (" + id + ")" : name));
        return display;
    }

    private String nameOf(IdKind kind, String id) {
        if (id == null) {
            return "(none)";
        }
        String name = names.nameOf(kind, id);
        return name == null || name.isEmpty() ? id : name;
    }

    private static String blankToNull(Object text) {
        return text == null || ((String) text).isEmpty() ? null : (String) text;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> idSet(Object ids) {
        return ids == null ? Set.of() : new LinkedHashSet<>((List<String>) ids);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> volumeSet(Object volumes) {
        Set<String> ids = new LinkedHashSet<>();
        if (volumes != null) {
            for (VolumeRef volume : (List<VolumeRef>) volumes) {
                ids.add(volume.id());
            }
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Set<KeyValueTag> tagSet(Object tags) {
        return tags == null ? Set.of() : new LinkedHashSet<>((List<KeyValueTag>) tags);
    }

    private static String tagText(KeyValueTag tag) {
        return tag.value() == null ? tag.key() : tag.key() + "=" + tag.value();
    }
}
