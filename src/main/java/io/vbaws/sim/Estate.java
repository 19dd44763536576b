package io.vbaws.sim;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.OrganizationMember;
import io.vbaws.api.model.OrganizationUnit;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The appliance's inventory: regions, tags, instances and their volumes, IAM roles, the
 * organization, templates and keys, with the indexes the API and the policy scope need. Immutable;
 * built by {@link EstateGenerator} from a seed and a size, so it is never stored.
 */
final class Estate {
    /** A short-lived Amazon connection: which role, in which region. */
    record Connection(String id, AmazonAccount account, EstateRegion region) {
    }

    private final long seed;
    private final EstateSize size;
    private final List<EstateRegion> regions;
    private final Map<String, EstateRegion> regionsById;
    private final List<CloudTag> tags;
    private final Map<String, CloudTag> tagsById;
    private final List<EstateInstance> instances;
    private final Map<String, EstateInstance> instancesById;
    private final Map<String, EbsVolume> volumesById = new HashMap<>();
    private final List<AmazonAccount> accounts;
    private final Map<String, AmazonAccount> accountsById;
    private final Organization organization;
    private final Map<String, OrganizationUnit> unitsById;
    private final Map<String, OrganizationMember> membersById;
    private final List<SlaTemplate> slaTemplates;
    private final Map<String, SlaTemplate> slaTemplatesById;
    private final List<StorageTemplate> storageTemplates;
    private final Map<String, StorageTemplate> storageTemplatesById;
    private final Map<String, EstateCore.Storage> storagePrices;
    private final Map<String, List<EncryptionKey>> keys;
    private final Map<String, EstateRegion> keyRegionsByArn = new HashMap<>();
    private final Map<String, Connection> connectionsById = new HashMap<>();
    private final BitSet[] instancesByRegion;
    private final Map<String, BitSet> instancesByAwsAccount = new HashMap<>();
    private final Map<String, BitSet> instancesByTag = new HashMap<>();

    Estate(long seed, EstateSize size, List<EstateRegion> regions, List<CloudTag> tags, List<EstateInstance> instances,
           List<AmazonAccount> accounts, Organization organization, List<SlaTemplate> slaTemplates,
           List<StorageTemplate> storageTemplates, Map<String, EstateCore.Storage> storagePrices,
           Map<String, List<EncryptionKey>> keys) {
        this.seed = seed;
        this.size = size;
        this.regions = List.copyOf(regions);
        this.regionsById = index(regions, EstateRegion::id);
        this.tags = List.copyOf(tags);
        this.tagsById = index(tags, CloudTag::id);
        this.instances = List.copyOf(instances);
        this.instancesById = index(instances, EstateInstance::id);
        this.accounts = List.copyOf(accounts);
        this.accountsById = index(accounts, AmazonAccount::id);
        this.organization = organization;
        this.unitsById = index(organization.units(), OrganizationUnit::id);
        this.membersById = index(organization.members(), OrganizationMember::id);
        this.slaTemplates = List.copyOf(slaTemplates);
        this.slaTemplatesById = index(slaTemplates, SlaTemplate::id);
        this.storageTemplates = List.copyOf(storageTemplates);
        this.storageTemplatesById = index(storageTemplates, StorageTemplate::id);
        this.storagePrices = Map.copyOf(storagePrices);
        this.keys = Map.copyOf(keys);
        this.instancesByRegion = new BitSet[regions.size()];
        for (int r = 0; r < instancesByRegion.length; r++) {
            instancesByRegion[r] = new BitSet();
        }
        for (EstateInstance instance : instances) {
            instancesByRegion[instance.region().index()].set(instance.index());
            instancesByAwsAccount.computeIfAbsent(instance.awsAccountId(), a -> new BitSet()).set(instance.index());
            for (String tagId : instance.tagIds()) {
                instancesByTag.computeIfAbsent(tagId, t -> new BitSet()).set(instance.index());
            }
            for (EbsVolume volume : instance.volumes()) {
                volumesById.put(volume.id(), volume);
            }
        }
        for (Map.Entry<String, List<EncryptionKey>> entry : keys.entrySet()) {
            EstateRegion region = regionByCode(entry.getKey().substring(entry.getKey().indexOf('/') + 1));
            for (EncryptionKey key : entry.getValue()) {
                keyRegionsByArn.put(key.arn(), region);
            }
        }
        for (AmazonAccount account : accounts) {
            for (EstateRegion region : regions) {
                String id = SeededIds.uuid(seed, "amazonConnection", account.id() + "/" + region.id());
                connectionsById.put(id, new Connection(id, account, region));
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return map;
    }

    long seed() {
        return seed;
    }

    EstateSize size() {
        return size;
    }

    List<EstateRegion> regions() {
        return regions;
    }

    EstateRegion region(String id) {
        return regionsById.get(id);
    }

    EstateRegion regionByCode(String code) {
        for (EstateRegion region : regions) {
            if (region.code().equals(code)) {
                return region;
            }
        }
        return null;
    }

    List<CloudTag> tags() {
        return tags;
    }

    CloudTag tag(String id) {
        return tagsById.get(id);
    }

    CloudTag tagByText(String keyValue) {
        for (CloudTag tag : tags) {
            if ((tag.key() + "=" + tag.value()).equals(keyValue)) {
                return tag;
            }
        }
        return null;
    }

    List<EstateInstance> instances() {
        return instances;
    }

    EstateInstance instance(String id) {
        return instancesById.get(id);
    }

    EstateInstance instance(int index) {
        return instances.get(index);
    }

    EstateInstance instanceByName(String regionCode, String name) {
        for (EstateInstance instance : instances) {
            if (instance.name().equals(name) && instance.region().code().equals(regionCode)) {
                return instance;
            }
        }
        return null;
    }

    EbsVolume volume(String id) {
        return volumesById.get(id);
    }

    List<AmazonAccount> accounts() {
        return accounts;
    }

    AmazonAccount account(String id) {
        return accountsById.get(id);
    }

    AmazonAccount accountByName(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    Organization organization() {
        return organization;
    }

    OrganizationUnit unit(String id) {
        return unitsById.get(id);
    }

    OrganizationMember member(String id) {
        return membersById.get(id);
    }

    List<SlaTemplate> slaTemplates() {
        return slaTemplates;
    }

    SlaTemplate slaTemplate(String id) {
        return slaTemplatesById.get(id);
    }

    List<StorageTemplate> storageTemplates() {
        return storageTemplates;
    }

    StorageTemplate storageTemplate(String id) {
        return storageTemplatesById.get(id);
    }

    EstateCore.Storage storagePrices(String storageTemplateId) {
        return storagePrices.get(storageTemplateId);
    }

    /** The keys an account's role sees in a region (empty when the region has none). */
    List<EncryptionKey> keys(String awsAccountId, String regionCode) {
        return keys.getOrDefault(awsAccountId + "/" + regionCode, List.of());
    }

    /** The region of a key ARN, or null when no such key exists. */
    EstateRegion keyRegion(String arn) {
        return keyRegionsByArn.get(arn);
    }

    Connection connection(String id) {
        return connectionsById.get(id);
    }

    Connection connection(AmazonAccount account, EstateRegion region) {
        return connectionsById.get(SeededIds.uuid(seed, "amazonConnection", account.id() + "/" + region.id()));
    }

    /** Instances in a region (a copy the caller may change). */
    BitSet instancesIn(EstateRegion region) {
        return (BitSet) instancesByRegion[region.index()].clone();
    }

    /** Instances owned by an AWS account (a copy). */
    BitSet instancesOwnedBy(String awsAccountId) {
        BitSet set = instancesByAwsAccount.get(awsAccountId);
        return set == null ? new BitSet() : (BitSet) set.clone();
    }

    /** Instances carrying a tag (a copy). */
    BitSet instancesTagged(String tagId) {
        BitSet set = instancesByTag.get(tagId);
        return set == null ? new BitSet() : (BitSet) set.clone();
    }
}
