package io.vbaws.dsl;

import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.SlaPolicy;
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.inventory.IdKind;
import io.vbaws.inventory.InventoryIndex;
import io.vbaws.inventory.Match;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How an exported script names what the appliance knows by ID: by the name a script would use when
 * looking that name up finds the same ID again, and by the ID otherwise (an instance name that
 * repeats in the policy's regions becomes its {@code i-} ID).
 */
final class ExportNames {

    private final InventoryIndex index;
    private final Map<String, CloudTag> tagsById = new LinkedHashMap<>();

    ExportNames(InventoryIndex index) {
        this.index = index;
        index.snapshot().tags().forEach(t -> tagsById.put(t.id(), t));
    }

    /** The name of {@code id} when looking that name up finds exactly {@code id}; else the ID itself. */
    <T> String name(IdKind kind, String id, Function<String, Match<T>> lookup, Function<T, String> idOf) {
        if (id == null) {
            return null;
        }
        String name = index.nameOf(kind, id);
        if (name != null && !name.equals(id)) {
            Match<T> m = lookup.apply(name);
            if (m.isUnique() && Objects.equals(idOf.apply(m.value()), id)) {
                return name;
            }
        }
        return id;
    }

    /** The instance's name when it is unique in the policy's regions, else its i- ID, else its appliance ID. */
    String instance(String id, List<String> regionIds) {
        String name = index.nameOf(IdKind.INSTANCE, id);
        if (resolvesTo(name, id, regionIds)) {
            return name;
        }
        Match<VirtualMachine> byId = index.instance(id, regionIds);
        String awsId = byId.isUnique() ? byId.value().awsResourceId() : null;
        return resolvesTo(awsId, id, regionIds) ? awsId : id;
    }

    private boolean resolvesTo(String nameOrId, String id, List<String> regionIds) {
        if (nameOrId == null) {
            return false;
        }
        Match<VirtualMachine> m = index.instance(nameOrId, regionIds);
        return m.isUnique() && id.equals(m.value().id());
    }

    /** A volume as INSTANCE/vol-ID, looking for its instance among the policy's included ones, then its regions'. */
    String volume(SlaPolicy p, List<String> regionIds, String volumeId) {
        List<String> owners = new ArrayList<>();
        if (p.selectedItems() != null && p.selectedItems().virtualMachineIds() != null) {
            owners.addAll(p.selectedItems().virtualMachineIds());
        }
        for (String owner : owners) {
            String found = volumeOf(owner, volumeId, regionIds);
            if (found != null) {
                return found;
            }
        }
        for (VirtualMachine vm : index.snapshot().virtualMachines()) {
            if (vm.region() != null && regionIds.contains(vm.region().id()) && !owners.contains(vm.id())) {
                String found = volumeOf(vm.id(), volumeId, regionIds);
                if (found != null) {
                    return found;
                }
            }
        }
        return volumeId;
    }

    private String volumeOf(String instanceId, String volumeId, List<String> regionIds) {
        for (EbsVolume v : index.volumesOf(instanceId)) {
            if (volumeId.equals(v.id())) {
                return instance(instanceId, regionIds) + "/" + (v.awsResourceId() != null ? v.awsResourceId() : v.id());
            }
        }
        return null;
    }

    /** The tags of {@code tagIds} by key, as the policy {@code p} names them. */
    Map<String, List<String>> tags(SlaPolicy p, Collection<String> tagIds) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String id : tagIds) {
            CloudTag tag = tagsById.get(id);
            if (tag == null) {
                throw new IllegalStateException("policy '" + p.name() + "' names tag " + id
                        + ", which the appliance's tag collection does not hold");
            }
            byKey.computeIfAbsent(tag.key(), k -> new ArrayList<>()).add(tag.value());
        }
        return byKey;
    }
}
