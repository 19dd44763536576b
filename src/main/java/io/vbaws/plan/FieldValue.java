package io.vbaws.plan;

import io.vbaws.api.model.KeyValueTag;
import io.vbaws.inventory.IdKind;
import io.vbaws.inventory.IdNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One value of a compared field of a policy body, typed by how it compares and how a plan shows
 * it: the diff holds these, never a bare {@code Object} with a kind beside it. {@link #shown} gives
 * the plain value of a {@link FieldChange} (a string, boolean, integer or list of strings).
 */
sealed interface FieldValue {

    /** Whether the value says anything: a create shows only such values. */
    boolean isSet();

    /** Whether {@code other} (of the same field, possibly absent) means the same. */
    boolean sameAs(FieldValue other);

    /**
     * The value as a plan shows it, IDs as names; {@code other} is the other side of the change,
     * whose IDs take part in telling apart IDs that share a name.
     */
    Object shown(IdNames names, FieldValue other);

    /** A string or a whole number, compared as it is; a string's "" is no value, like null. */
    record Scalar(Object value) implements FieldValue {

        static Scalar text(String text) {
            return new Scalar(text == null || text.isEmpty() ? null : text);
        }

        static Scalar count(Integer count) {
            return new Scalar(count);
        }

        @Override
        public boolean isSet() {
            return value != null;
        }

        @Override
        public boolean sameAs(FieldValue other) {
            return other instanceof Scalar s ? Objects.equals(value, s.value) : value == null && other == null;
        }

        @Override
        public Object shown(IdNames names, FieldValue other) {
            return value;
        }
    }

    /** A boolean; absent on the appliance is false. */
    record Flag(boolean on) implements FieldValue {
        @Override
        public boolean isSet() {
            return true;
        }

        @Override
        public boolean sameAs(FieldValue other) {
            return on == (other instanceof Flag f && f.on);
        }

        @Override
        public Object shown(IdNames names, FieldValue other) {
            return on;
        }
    }

    /** One appliance ID of a kind; an IAM role and an organization are both identities. */
    record Id(String id, IdKind kind) implements FieldValue {
        @Override
        public boolean isSet() {
            return id != null;
        }

        @Override
        public boolean sameAs(FieldValue other) {
            return other instanceof Id i ? Objects.equals(id, i.id) : id == null && other == null;
        }

        @Override
        public Object shown(IdNames names, FieldValue other) {
            if (id == null) {
                return null;
            }
            String name = nameOf(names, kind, id);
            boolean sharedName = other instanceof Id o && o.id != null && !o.id.equals(id) && o.kind == kind
                    && name.equals(nameOf(names, o.kind, o.id));
            return sharedName ? name + " (" + id + ")" : name;
        }
    }

    /** IDs whose order carries no meaning; null and empty are the same. */
    record IdSet(Set<String> ids, IdKind kind) implements FieldValue {
        public IdSet {
            ids = ids == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        }

        static IdSet of(Collection<String> ids, IdKind kind) {
            return new IdSet(ids == null ? null : new LinkedHashSet<>(ids), kind);
        }

        @Override
        public boolean isSet() {
            return !ids.isEmpty();
        }

        @Override
        public boolean sameAs(FieldValue other) {
            return ids.equals(other instanceof IdSet s ? s.ids : Set.of());
        }

        @Override
        public Object shown(IdNames names, FieldValue other) {
            Set<String> all = new LinkedHashSet<>(ids);
            if (other instanceof IdSet s) {
                all.addAll(s.ids);
            }
            Map<String, String> display = displayNames(names, kind, all);
            return ids.stream().map(display::get).sorted().toList();
        }
    }

    /** Key and value tags, as a set, shown as {@code key=value}. */
    record TagSet(Set<KeyValueTag> tags) implements FieldValue {
        public TagSet {
            tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        }

        static TagSet of(List<KeyValueTag> tags) {
            return new TagSet(tags == null ? null : new LinkedHashSet<>(tags));
        }

        @Override
        public boolean isSet() {
            return !tags.isEmpty();
        }

        @Override
        public boolean sameAs(FieldValue other) {
            return tags.equals(other instanceof TagSet t ? t.tags : Set.of());
        }

        @Override
        public Object shown(IdNames names, FieldValue other) {
            return tags.stream().map(tag -> tag.value() == null ? tag.key() : tag.key() + "=" + tag.value()).sorted().toList();
        }
    }

    /** The name of an ID, or the ID itself when the inventory has none. */
    static String nameOf(IdNames names, IdKind kind, String id) {
        String name = names.nameOf(kind, id);
        return name == null || name.isEmpty() ? id : name;
    }

    /** Names for IDs; a name two of these IDs share is followed by the ID, so both stay visible. */
    private static Map<String, String> displayNames(IdNames names, IdKind kind, Collection<String> ids) {
        Map<String, Integer> useCount = new HashMap<>();
        Map<String, String> nameOfId = new HashMap<>();
        for (String id : ids) {
            String name = nameOf(names, kind, id);
            nameOfId.put(id, name);
            useCount.merge(name, 1, Integer::sum);
        }
        Map<String, String> display = new HashMap<>();
        nameOfId.forEach((id, name) -> display.put(id, useCount.get(name) > 1 ? name + " (" + id + ")" : name));
        return display;
    }
}
