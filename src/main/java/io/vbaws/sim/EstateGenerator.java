package io.vbaws.sim;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.OrganizationMember;
import io.vbaws.api.model.OrganizationUnit;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.RegionRef;
import io.vbaws.api.model.RegionRepository;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VirtualMachine;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds an {@link Estate} from a seed and a size: the named core of {@link EstateCore} first, then
 * generated instances, tags and keys drawn from a random seeded with the seed. Same seed and size,
 * same estate, IDs included (they are name-based, see {@link SeededIds}).
 */
final class EstateGenerator {
    private static final List<String> PREFIXES = List.of(
            "api", "worker", "batch", "etl", "search", "queue", "kafka", "es", "ci-runner", "monitor", "grafana", "vpn",
            "mq", "redis", "mongo", "pg", "mysql", "nginx", "auth", "payments", "reports", "ml-train", "jupyter", "spark",
            "airflow", "sftp", "mail", "ldap", "proxy", "gateway", "billing-api", "shop-api", "inventory", "orders", "cms",
            "crm", "erp", "wiki", "build", "render");
    private static final List<String> TYPES = List.of(
            "t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge", "m5.large", "m5.xlarge", "m5.2xlarge",
            "m5.4xlarge", "m6i.large", "m6i.xlarge", "c5.large", "c5.xlarge", "c5.2xlarge", "r5.large", "r5.xlarge",
            "r5.2xlarge", "i3.xlarge");
    private static final int[] SYSTEM_GB = {8, 8, 20, 30, 30, 50, 100};
    private static final int[] DATA_GB = {20, 50, 100, 100, 200, 250, 500, 1000, 2000};
    private static final List<String> TEAMS = List.of(
            "payments", "search", "identity", "checkout", "mobile", "growth", "infra", "security", "ml", "analytics",
            "support", "marketing", "logistics", "catalog", "pricing", "fraud", "devex", "sre", "qa", "finance");
    private static final List<String> PROJECTS = List.of(
            "apollo", "borealis", "cobalt", "dynamo", "ember", "falcon", "granite", "harbor", "ion", "jade", "kepler",
            "lumen", "meridian", "nova", "orion", "polaris", "quartz", "raven", "sierra", "titan");

    private final long seed;
    private final EstateSize size;
    private final SplittableRandom random;

    EstateGenerator(long seed, EstateSize size) {
        this.seed = seed;
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    Estate generate() {
        List<EstateRegion> regions = regions();
        Map<String, EstateRegion> regionsByCode = new HashMap<>();
        regions.forEach(r -> regionsByCode.put(r.code(), r));
        List<CloudTag> tags = tags();
        Map<String, String> tagIds = new HashMap<>();
        tags.forEach(t -> tagIds.put(t.key() + "=" + t.value(), t.id()));
        List<String> generatedTagTexts = tags.stream().map(t -> t.key() + "=" + t.value())
                .filter(t -> !EstateCore.TAGS.contains(t)).toList();

        List<EstateInstance> instances = new ArrayList<>();
        for (EstateCore.Instance core : EstateCore.INSTANCES) {
            List<String> volumeNames = new ArrayList<>();
            if (core.dataGb().size() == 2) {
                volumeNames.addAll(List.of("data", "logs"));
            } else if (core.dataGb().size() == 1) {
                volumeNames.add("data");
            }
            instances.add(instance(instances.size(), regionsByCode.get(core.region()), core.name(), core.type(),
                    core.awsAccountId(), core.tags().stream().map(tagIds::get).toList(), core.systemGb(), core.dataGb(),
                    volumeNames));
        }
        generateInstances(instances, regions, regionsByCode, tagIds, generatedTagTexts);

        return new Estate(seed, size, regions, tags, instances, accounts(), organization(),
                SlaTemplateCatalog.templates(seed), storageTemplates(regionsByCode), storagePrices(), keys(regions, instances));
    }

    private List<EstateRegion> regions() {
        List<EstateRegion> regions = new ArrayList<>();
        for (AwsRegions.Info info : AwsRegions.ALL) {
            Region region = new Region(SeededIds.uuid(seed, "region", info.code()), info.code(),
                    info.optIn() ? "OptedIn" : "OptInNotRequired", null);
            regions.add(new EstateRegion(regions.size(), region, ZoneId.of(info.zone())));
        }
        return regions;
    }

    private List<CloudTag> tags() {
        Set<String> texts = new LinkedHashSet<>(EstateCore.TAGS);
        int wanted = Math.max(size.tags(), EstateCore.TAGS.size());
        for (int i = 0; texts.size() < wanted; i++) {
            int n = i / 3;
            texts.add(switch (i % 3) {
                case 0 -> "team=" + (n < TEAMS.size() ? TEAMS.get(n) : "team-" + n);
                case 1 -> "project=" + (n < PROJECTS.size() ? PROJECTS.get(n) : "project-" + n);
                default -> "cost-center=cc-" + (1000 + n);
            });
        }
        List<CloudTag> tags = new ArrayList<>();
        for (String text : texts) {
            String[] kv = text.split("=", 2);
            tags.add(new CloudTag(SeededIds.uuid(seed, "tag", text), kv[0], kv[1], null));
        }
        return tags;
    }

    private void generateInstances(List<EstateInstance> instances, List<EstateRegion> regions,
                                   Map<String, EstateRegion> regionsByCode, Map<String, String> tagIds,
                                   List<String> generatedTags) {
        List<EstateRegion> pool = size.everyRegion() ? regions
                : AwsRegions.SMALL_ESTATE_REGIONS.stream().map(regionsByCode::get).toList();
        Map<String, Integer> counters = new HashMap<>();
        int total = Math.max(size.instances(), EstateCore.INSTANCES.size());
        while (instances.size() < total) {
            EstateRegion region = pickRegion(pool);
            String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
            int n = counters.merge(region.code() + "/" + prefix, 1, Integer::sum);
            String name = prefix + "-" + String.format(Locale.ROOT, n < 100 ? "%02d" : "%d", n);
            String account = pickAccount();
            List<String> tags = new ArrayList<>();
            double env = random.nextDouble();
            tags.add(tagIds.get(env < 0.45 ? "env=prod" : env < 0.65 ? "env=staging" : "env=dev"));
            if (random.nextDouble() < 0.5) {
                tags.add(tagIds.get(List.of("tier=web", "tier=app", "tier=db").get(random.nextInt(3))));
            }
            double owner = random.nextDouble();
            if (owner < 0.2) {
                tags.add(tagIds.get("owner=platform"));
            } else if (owner < 0.35) {
                tags.add(tagIds.get("owner=data"));
            }
            if (random.nextDouble() < 0.03) {
                tags.add(tagIds.get("backup=skip"));
            }
            int extra = generatedTags.isEmpty() ? 0 : random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                String id = tagIds.get(generatedTags.get(random.nextInt(generatedTags.size())));
                if (!tags.contains(id)) {
                    tags.add(id);
                }
            }
            int systemGb = SYSTEM_GB[random.nextInt(SYSTEM_GB.length)];
            double dataDraw = random.nextDouble();
            int dataCount = dataDraw < 0.4 ? 0 : dataDraw < 0.8 ? 1 : 2;
            List<Integer> dataGb = new ArrayList<>();
            for (int i = 0; i < dataCount; i++) {
                dataGb.add(DATA_GB[random.nextInt(DATA_GB.length)]);
            }
            instances.add(instance(instances.size(), region, name, TYPES.get(random.nextInt(TYPES.size())), account, tags,
                    systemGb, dataGb, dataCount == 2 ? List.of("data", "data2") : dataCount == 1 ? List.of("data") : List.of()));
        }
    }

    private EstateRegion pickRegion(List<EstateRegion> pool) {
        // Real estates lean on a home region: a quarter of the instances land in the first one.
        if (random.nextDouble() < 0.25) {
            return pool.get(0);
        }
        return pool.get(random.nextInt(pool.size()));
    }

    private String pickAccount() {
        double draw = random.nextDouble();
        if (draw < 0.5) {
            return EstateCore.PROD_ACCOUNT;
        }
        if (draw < 0.7) {
            return EstateCore.DEV_ACCOUNT;
        }
        return draw < 0.85 ? EstateCore.DATA_ACCOUNT : EstateCore.SANDBOX_ACCOUNT;
    }

    private EstateInstance instance(int index, EstateRegion region, String name, String type, String account,
                                    List<String> tagIds, int systemGb, List<Integer> dataGb, List<String> dataNames) {
        String key = region.code() + "/" + name;
        List<EbsVolume> volumes = new ArrayList<>();
        volumes.add(volume(key, name, "root", systemGb, true));
        for (int i = 0; i < dataGb.size(); i++) {
            volumes.add(volume(key, name, dataNames.get(i), dataGb.get(i), false));
        }
        double sizeGb = volumes.stream().mapToDouble(EbsVolume::sizeGigabytes).sum();
        VirtualMachine vm = new VirtualMachine(SeededIds.uuid(seed, "instance", key), name,
                "i-0" + SeededIds.hex(seed, "instance", key, 16), type, sizeGb,
                new RegionRef(region.id(), region.code()), account, null, null, Boolean.FALSE, null);
        return new EstateInstance(index, vm, region, account, List.copyOf(tagIds), List.copyOf(volumes));
    }

    private EbsVolume volume(String instanceKey, String instanceName, String slot, int sizeGb, boolean system) {
        String key = instanceKey + "/" + slot;
        return new EbsVolume(SeededIds.uuid(seed, "volume", key), "vol-0" + SeededIds.hex(seed, "volume", key, 16),
                instanceName + "-" + slot, (double) sizeGb, system, null);
    }

    /**
     * The IAM roles in the nested shape of a real appliance: a role of its own account
     * ({@code IAMRole}), or one another account trusts ({@code IAMRoleFromAnotherAccount}). The
     * parent is the appliance's ID of the AWS account that holds, or assumes, the role.
     */
    private List<AmazonAccount> accounts() {
        return EstateCore.ROLES.stream().map(r -> {
            String id = SeededIds.uuid(seed, "account", r.name());
            AmazonAccount.IamRole own = null;
            AmazonAccount.IamRoleFromAnotherAccount trusted = null;
            if (r.trustedBy() == null) {
                own = new AmazonAccount.IamRole(awsAccountId(r.awsAccountId()), r.name(), r.isDefault());
            } else {
                trusted = new AmazonAccount.IamRoleFromAnotherAccount(awsAccountId(r.trustedBy()), r.awsAccountId(), r.name());
            }
            return new AmazonAccount(id, r.name(), r.description(), r.awsAccountId(), "Global", null, null, own, trusted,
                    r.permissions());
        }).toList();
    }

    private String awsAccountId(String awsAccountNumber) {
        return SeededIds.uuid(seed, "awsAccount", awsAccountNumber);
    }

    private Organization organization() {
        Map<String, String> unitIds = new LinkedHashMap<>();
        List<OrganizationUnit> units = new ArrayList<>();
        for (EstateCore.Unit unit : EstateCore.UNITS) {
            String id = SeededIds.uuid(seed, "organizationUnit", unit.name());
            unitIds.put(unit.name(), id);
            units.add(new OrganizationUnit(id, unit.name(), unit.awsId(), null));
        }
        List<OrganizationMember> members = EstateCore.MEMBERS.stream()
                .map(m -> new OrganizationMember(SeededIds.uuid(seed, "organizationMember", m.name()), m.name(),
                        m.awsAccountId(), unitIds.get(m.unit())))
                .toList();
        return new Organization(SeededIds.uuid(seed, "organization", EstateCore.ORGANIZATION_NAME),
                EstateCore.ORGANIZATION_NAME, "The Acme AWS organization", EstateCore.ORGANIZATION_AWS_ID,
                List.copyOf(units), members, null);
    }

    private List<StorageTemplate> storageTemplates(Map<String, EstateRegion> regionsByCode) {
        List<StorageTemplate> templates = new ArrayList<>();
        for (EstateCore.Storage storage : EstateCore.STORAGE) {
            List<RegionRepository> regional = storage.regionalRepositories().stream()
                    .map(code -> new RegionRepository(regionsByCode.get(code).id(),
                            SeededIds.uuid(seed, "repository", storage.name() + "/" + code)))
                    .toList();
            templates.add(new StorageTemplate(SeededIds.uuid(seed, "storageTemplate", storage.name()), storage.name(),
                    storage.description(), SeededIds.uuid(seed, "repository", storage.name() + "/default"), regional,
                    storage.archivePricePerGb() > 0 ? SeededIds.uuid(seed, "repository", storage.name() + "/archive") : null,
                    null));
        }
        return templates;
    }

    private Map<String, EstateCore.Storage> storagePrices() {
        Map<String, EstateCore.Storage> prices = new HashMap<>();
        for (EstateCore.Storage storage : EstateCore.STORAGE) {
            prices.put(SeededIds.uuid(seed, "storageTemplate", storage.name()), storage);
        }
        return prices;
    }

    private Map<String, List<EncryptionKey>> keys(List<EstateRegion> regions, List<EstateInstance> instances) {
        Set<String> keyRegions = new LinkedHashSet<>();
        for (EstateRegion region : regions) {
            boolean hasInstances = instances.stream().anyMatch(i -> i.region() == region);
            if (hasInstances || EstateCore.EXTRA_KEY_REGIONS.contains(region.code())) {
                keyRegions.add(region.code());
            }
        }
        Set<String> awsAccounts = new LinkedHashSet<>();
        EstateCore.ROLES.forEach(r -> awsAccounts.add(r.awsAccountId()));
        Map<String, List<EncryptionKey>> keys = new HashMap<>();
        for (String account : awsAccounts) {
            for (String code : keyRegions) {
                List<EncryptionKey> list = new ArrayList<>();
                for (EstateCore.Key key : EstateCore.KEYS) {
                    String uuid = SeededIds.uuid(seed, "kmsKey", account + "/" + code + "/" + key.name());
                    list.add(new EncryptionKey("arn:aws:kms:" + code + ":" + account + ":key/" + uuid, key.name(), key.alias()));
                }
                keys.put(account + "/" + code, List.copyOf(list));
            }
        }
        return keys;
    }
}
