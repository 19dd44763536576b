package io.vbaws.inventory;

import io.vbaws.text.NameSuggestions;
import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.OrganizationMember;
import io.vbaws.api.model.OrganizationUnit;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VirtualMachine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The appliance's named things for one run, indexed for name resolution (names, IDs, aliases, AWS
 * IDs, exact and case-sensitive) and, the other way, for naming IDs in plans. Instance names repeat
 * across regions, so an instance is looked up within the regions a policy covers. Volumes and keys
 * come from {@link DeferredLookups}, each question asked once and remembered.
 */
public final class InventoryIndex implements IdNames {

    private final InventorySnapshot snapshot;
    private final DeferredLookups lookups;
    private final NameSuggestions suggestions = new NameSuggestions(3);
    private final NameTable<Region> regions;
    private final NameTable<SlaTemplate> slaTemplates;
    private final NameTable<StorageTemplate> storageTemplates;
    private final NameTable<AmazonAccount> accounts;
    private final NameTable<Organization> organizations;
    private final NameTable<CloudTag> tags;
    private final List<VirtualMachine> liveInstances;
    private final Map<String, VirtualMachine> instancesById = new HashMap<>();
    private final ConcurrentMap<String, List<EbsVolume>> volumesByInstance = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<EncryptionKey>> keysByAccountRegion = new ConcurrentHashMap<>();

    public InventoryIndex(InventorySnapshot snapshot, DeferredLookups lookups) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        regions = new NameTable<>(snapshot.regions(), r -> List.of(r.name(), r.id()), Region::name);
        slaTemplates = new NameTable<>(snapshot.slaTemplates(), t -> List.of(t.name(), t.id()), SlaTemplate::name);
        storageTemplates = new NameTable<>(snapshot.storageTemplates(), t -> List.of(t.name(), t.id()), StorageTemplate::name);
        accounts = new NameTable<>(snapshot.accounts(), a -> List.of(a.name(), a.id()), AmazonAccount::name);
        organizations = new NameTable<>(snapshot.organizations(), o -> keys(o.name(), o.id(), o.awsOrganizationId()), Organization::name);
        tags = new NameTable<>(snapshot.tags(), t -> List.of(tagName(t), t.id()), InventoryIndex::tagName);
        liveInstances = snapshot.virtualMachines().stream().filter(vm -> !Boolean.TRUE.equals(vm.isDeleted())).toList();
        snapshot.virtualMachines().forEach(vm -> instancesById.put(vm.id(), vm));
    }

    /** An index of {@code snapshot} alone, whose volumes and keys are all empty. */
    public static InventoryIndex of(InventorySnapshot snapshot) {
        return new InventoryIndex(snapshot, DeferredLookups.NONE);
    }

    public InventorySnapshot snapshot() {
        return snapshot;
    }

    /** A region by AWS code ({@code us-east-1}) or appliance ID. */
    public Match<Region> region(String codeOrId) {
        return regions.find(codeOrId, suggestions);
    }

    public Match<SlaTemplate> slaTemplate(String nameOrId) {
        return slaTemplates.find(nameOrId, suggestions);
    }

    public Match<StorageTemplate> storageTemplate(String nameOrId) {
        return storageTemplates.find(nameOrId, suggestions);
    }

    /** An IAM role (of {@code /accounts/amazon}) by name or appliance ID. */
    public Match<AmazonAccount> account(String nameOrId) {
        return accounts.find(nameOrId, suggestions);
    }

    /** An organization by name, appliance ID or AWS organization ID. */
    public Match<Organization> organization(String nameOrId) {
        return organizations.find(nameOrId, suggestions);
    }

    /** An organizational unit of {@code organization} by name, appliance ID or AWS ID ({@code ou-...}). */
    public Match<OrganizationUnit> unit(Organization organization, String nameOrId) {
        List<OrganizationUnit> units = organization.units() == null ? List.of() : organization.units();
        return new NameTable<>(units, u -> keys(u.name(), u.id(), u.awsId()), OrganizationUnit::name).find(nameOrId, suggestions);
    }

    /** A member account of {@code organization} by name, appliance ID or 12-digit AWS account ID. */
    public Match<OrganizationMember> member(Organization organization, String nameOrId) {
        List<OrganizationMember> members = organization.members() == null ? List.of() : organization.members();
        return new NameTable<>(members, m -> keys(m.name(), m.id(), m.awsAccountId()), OrganizationMember::name)
                .find(nameOrId, suggestions);
    }

    /**
     * A tag by key and value, or by appliance ID given as the key with a null value. When none
     * matches, the closest tags: of the same key when the key exists, else of the closest keys (so
     * {@code enviroment=prod} suggests {@code env=prod}), else the closest {@code key=value} texts.
     */
    public Match<CloudTag> tag(String key, String value) {
        Match<CloudTag> match = tags.find(value == null ? key : key + "=" + value, suggestions);
        if (!match.isMissing() || value == null) {
            return match;
        }
        List<String> keys = snapshot.tags().stream().map(CloudTag::key).filter(Objects::nonNull).distinct().toList();
        List<String> closeKeys = keys.contains(key) ? List.of(key) : suggestions.closest(key, keys);
        List<String> closest = new ArrayList<>();
        for (String closeKey : closeKeys) {
            List<String> values = snapshot.tags().stream().filter(t -> closeKey.equals(t.key())).map(CloudTag::value)
                    .filter(Objects::nonNull).toList();
            List<String> closeValues = values.contains(value) ? List.of(value) : suggestions.closest(value, values);
            closeValues.forEach(v -> closest.add(closeKey + "=" + v));
        }
        return new Match<>(List.of(), closest.isEmpty() ? match.closest() : closest.stream().limit(3).toList());
    }

    /** The "did you mean" of every name this index resolves, for callers that suggest among names of their own. */
    public NameSuggestions suggestions() {
        return suggestions;
    }

    /**
     * An instance that is not deleted, by name, AWS ID ({@code i-...}) or appliance ID, among those
     * in {@code regionIds}; the closest names come from those regions too.
     */
    public Match<VirtualMachine> instance(String nameOrId, Collection<String> regionIds) {
        List<VirtualMachine> inRegions = liveInstances.stream()
                .filter(vm -> vm.region() != null && regionIds.contains(vm.region().id()))
                .toList();
        List<VirtualMachine> found = inRegions.stream().filter(vm -> isCalled(vm, nameOrId)).toList();
        List<String> closest = found.isEmpty()
                ? suggestions.closest(nameOrId, inRegions.stream().map(VirtualMachine::name).filter(Objects::nonNull).toList())
                : List.of();
        return new Match<>(found, closest);
    }

    /** The instances that are not deleted called {@code nameOrId}, in any region. */
    public List<VirtualMachine> instancesAnywhere(String nameOrId) {
        return liveInstances.stream().filter(vm -> isCalled(vm, nameOrId)).toList();
    }

    /** A volume by AWS ID ({@code vol-...}) or appliance ID among the volumes of {@code owners}. */
    public Match<EbsVolume> volume(String volumeId, Collection<VirtualMachine> owners) {
        List<EbsVolume> candidates = new ArrayList<>();
        for (VirtualMachine owner : owners) {
            candidates.addAll(volumesOf(owner.id()));
        }
        List<EbsVolume> found = candidates.stream()
                .filter(v -> volumeId.equals(v.awsResourceId()) || volumeId.equals(v.id()))
                .distinct()
                .toList();
        List<String> closest = found.isEmpty()
                ? suggestions.closest(volumeId, candidates.stream().map(EbsVolume::awsResourceId).filter(Objects::nonNull).toList())
                : List.of();
        return new Match<>(found, closest);
    }

    /** The volumes of one instance, fetched on first use. */
    public List<EbsVolume> volumesOf(String virtualMachineId) {
        return volumesByInstance.computeIfAbsent(virtualMachineId, id -> List.copyOf(lookups.volumes(id)));
    }

    /** A KMS key by ARN, name or alias, among those the IAM role {@code accountId} sees in {@code regionId}. */
    public Match<EncryptionKey> encryptionKey(String nameAliasOrArn, String accountId, String regionId) {
        List<EncryptionKey> keys = encryptionKeys(accountId, regionId);
        return new NameTable<>(keys, k -> keys(k.arn(), k.name(), k.alias()), InventoryIndex::keyName)
                .find(nameAliasOrArn, suggestions);
    }

    /** The KMS keys the IAM role {@code accountId} sees in {@code regionId}, fetched on first use. */
    public List<EncryptionKey> encryptionKeys(String accountId, String regionId) {
        return keysByAccountRegion.computeIfAbsent(accountId + "|" + regionId,
                k -> List.copyOf(lookups.encryptionKeys(accountId, regionId)));
    }

    /** Every name of a kind the whole inventory holds (not instances, volumes or keys), for messages. */
    public List<String> names(IdKind kind) {
        return switch (kind) {
            case REGION -> regions.names();
            case SLA_TEMPLATE -> slaTemplates.names();
            case STORAGE_TEMPLATE -> storageTemplates.names();
            case ACCOUNT -> accounts.names();
            case ORGANIZATION -> organizations.names();
            case TAG -> tags.names();
            default -> List.of();
        };
    }

    @Override
    public String nameOf(IdKind kind, String id) {
        if (id == null) {
            return null;
        }
        String name = switch (kind) {
            case REGION -> first(snapshot.regions(), r -> id.equals(r.id()), Region::name);
            case SLA_TEMPLATE -> first(snapshot.slaTemplates(), t -> id.equals(t.id()), SlaTemplate::name);
            case STORAGE_TEMPLATE -> first(snapshot.storageTemplates(), t -> id.equals(t.id()), StorageTemplate::name);
            case ACCOUNT -> first(snapshot.accounts(), a -> id.equals(a.id()), AmazonAccount::name);
            case ORGANIZATION -> first(snapshot.organizations(), o -> id.equals(o.id()), Organization::name);
            case TAG -> first(snapshot.tags(), t -> id.equals(t.id()), InventoryIndex::tagName);
            case INSTANCE -> instancesById.containsKey(id) ? instancesById.get(id).name() : null;
            case ORGANIZATION_UNIT -> snapshot.organizations().stream()
                    .flatMap(o -> o.units() == null ? Stream.empty() : o.units().stream())
                    .filter(u -> id.equals(u.id())).map(OrganizationUnit::name).findFirst().orElse(null);
            case ORGANIZATION_MEMBER -> snapshot.organizations().stream()
                    .flatMap(o -> o.members() == null ? Stream.empty() : o.members().stream())
                    .filter(m -> id.equals(m.id())).map(OrganizationMember::name).findFirst().orElse(null);
            case VOLUME -> volumesByInstance.values().stream().flatMap(List::stream)
                    .filter(v -> id.equals(v.id())).map(EbsVolume::awsResourceId).findFirst().orElse(null);
            case ENCRYPTION_KEY -> keysByAccountRegion.values().stream().flatMap(List::stream)
                    .filter(k -> id.equals(k.arn())).map(InventoryIndex::keyName).findFirst().orElse(null);
        };
        return name == null ? id : name;
    }

    /** {@code key=value}, the way scripts and plans write a tag. */
    public static String tagName(CloudTag tag) {
        return tag.key() + "=" + tag.value();
    }

    private static String keyName(EncryptionKey key) {
        if (key.alias() != null) {
            return key.alias();
        }
        return key.name() != null ? key.name() : key.arn();
    }

    private static boolean isCalled(VirtualMachine vm, String nameOrId) {
        return nameOrId.equals(vm.name()) || nameOrId.equals(vm.awsResourceId()) || nameOrId.equals(vm.id());
    }

    private static List<String> keys(String... keys) {
        return Arrays.stream(keys).filter(Objects::nonNull).toList();
    }

    private static <T> String first(List<T> items, Predicate<T> test, Function<T, String> name) {
        return items.stream().filter(test).map(name).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
