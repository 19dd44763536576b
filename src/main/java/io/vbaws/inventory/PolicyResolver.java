package io.vbaws.inventory;

import io.vbaws.declaration.AccountIdentity;
import io.vbaws.declaration.OrganizationIdentity;
import io.vbaws.declaration.ExclusionDeclaration;
import io.vbaws.declaration.ReplicaDeclaration;
import io.vbaws.declaration.ReplicaRoute;
import io.vbaws.declaration.WorkersDeclaration;
import io.vbaws.declaration.NameRef;
import io.vbaws.declaration.TagRef;
import io.vbaws.declaration.PolicyDeclaration;
import io.vbaws.declaration.Declarations;
import io.vbaws.declaration.ScriptError;
import io.vbaws.declaration.ScriptErrors;
import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.EbsVolume;
import io.vbaws.api.model.EncryptionKey;
import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.ExcludedVolumes;
import io.vbaws.api.model.Organization;
import io.vbaws.api.model.OrganizationMember;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.OrganizationUnit;
import io.vbaws.api.model.ProductionWorkersSettings;
import io.vbaws.api.model.Region;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.RetrySettings;
import io.vbaws.api.model.SelectedItems;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import io.vbaws.api.model.VirtualMachine;
import io.vbaws.api.model.VolumeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves declarations into the request bodies the appliance expects, every name to its ID,
 * collecting every unknown or ambiguous name of the run before it fails (with {@link ScriptErrors}).
 * A setting the script does not write stays null in the body; the selection is always set.
 *
 * <p>The declarations are the checked ones {@code PolicyScripts} answers: {@link DeclarationChecks}
 * ran once, there, and is not run again here. Online, the appliance's regions replace the offline
 * guess about region codes, so those warnings are dropped: a code the appliance lacks is an error.
 */
public final class PolicyResolver {

    private static final int LISTED_NAMES = 12;

    private final InventoryIndex index;

    public PolicyResolver(InventoryIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Every policy resolved; throws {@link ScriptErrors} listing every error when any name fails. */
    public DesiredState resolve(Declarations declarations) {
        List<ScriptError> errors = new ArrayList<>();
        List<ResolvedPolicy> policies = new ArrayList<>();
        for (PolicyDeclaration declaration : declarations.policies()) {
            ResolvedPolicy policy = new PolicyResolution(declaration, errors).resolve();
            if (policy != null) {
                policies.add(policy);
            }
        }
        List<ScriptError> offlineGuesses = new DeclarationChecks().regionWarnings(declarations);
        List<ScriptError> warnings = declarations.warnings().stream().filter(w -> !offlineGuesses.contains(w)).toList();
        List<String> files = declarations.policies().stream().map(p -> p.declaredAt().file()).distinct().toList();
        if (!errors.isEmpty()) {
            List<ScriptError> all = new ArrayList<>(errors);
            all.addAll(warnings);
            throw new ScriptErrors(ScriptErrors.inFileOrder(all, files));
        }
        return new DesiredState(policies, declarations.protectRules(), warnings);
    }

    /** One policy's resolution: its errors go to the run's list; the result is null when any. */
    private final class PolicyResolution {
        private final PolicyDeclaration p;
        private final List<ScriptError> errors;
        private final int errorsBefore;
        private List<String> regionIds = List.of();
        private List<String> regionCodes = List.of();

        PolicyResolution(PolicyDeclaration p, List<ScriptError> errors) {
            this.p = p;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        ResolvedPolicy resolve() {
            List<Region> regions = p.regions().stream()
                    .map(r -> one(index.region(r.name()), IdKind.REGION, r, Region::name, ""))
                    .filter(Objects::nonNull).toList();
            regionIds = regions.stream().map(Region::id).toList();
            regionCodes = regions.stream().map(Region::name).toList();

            String identityId = null;
            OrganizationSettings organizationSettings = null;
            if (p.identity() instanceof AccountIdentity account) {
                identityId = idOf(one(index.account(account.role().name()), IdKind.ACCOUNT, account.role(), PolicyResolver::describe, ""),
                        AmazonAccount::id);
            } else if (p.identity() instanceof OrganizationIdentity org) {
                Organization organization = one(index.organization(org.organization().name()), IdKind.ORGANIZATION,
                        org.organization(), o -> o.name() + " (ID " + o.id() + ")", "");
                if (organization != null) {
                    identityId = organization.id();
                    organizationSettings = organizationSettings(organization, org);
                }
            }
            SlaTemplate template = one(index.slaTemplate(p.template().name()), IdKind.SLA_TEMPLATE, p.template(),
                    t -> t.name() + " (ID " + t.id() + ")", "");
            StorageTemplate storage = p.storage() == null ? null
                    : one(index.storageTemplate(p.storage().name()), IdKind.STORAGE_TEMPLATE, p.storage(),
                            t -> t.name() + " (ID " + t.id() + ")", "");

            boolean selects = p.include() != null && p.include().selectsSomething();
            List<VirtualMachine> included = selects ? instances(p.include().instances()) : List.of();
            List<String> includedTags = selects ? tags(p.include().tags()) : List.of();
            ExclusionDeclaration exclude = p.exclude() == null ? ExclusionDeclaration.NONE : p.exclude();
            List<VirtualMachine> excluded = instances(exclude.instances());
            List<String> excludedTags = tags(exclude.tags());
            List<VolumeRef> excludedVolumes = volumes(exclude.volumes(), included);

            ReplicaSettings replicas = replicas();
            ProductionWorkersSettings workers = workers();

            if (errors.size() > errorsBefore) {
                return null;
            }
            SlaPolicySpec spec = new SlaPolicySpec(
                    p.name(),
                    p.description(),
                    identityId,
                    selects ? ApiValues.BackupType.SELECTED_ITEMS : ApiValues.BackupType.ALL_ITEMS,
                    new SelectedItems(ids(included), includedTags),
                    new ExcludedItems(ids(excluded), excludedTags,
                            new ExcludedVolumes(Boolean.TRUE.equals(exclude.systemVolumes()), excludedVolumes)),
                    regionIds,
                    storage == null ? null : storage.id(),
                    template.id(),
                    p.snapshots(),
                    replicas,
                    p.retries() == null ? null : new RetrySettings(p.retries()),
                    p.notification(),
                    workers,
                    organizationSettings);
            return new ResolvedPolicy(p.name(), spec, p.enabled(), p.priority(), p.protect(), p.declaredAt(), p.clearedFields());
        }

        private OrganizationSettings organizationSettings(Organization organization, OrganizationIdentity org) {
            String scopeId = null;
            if (org.scope() != null) {
                scopeId = idOf(one(index.unit(organization, org.scope().name()), IdKind.ORGANIZATION_UNIT, org.scope(),
                        u -> u.name() + " (" + u.awsId() + ")", " in organization " + organization.name()), OrganizationUnit::id);
            }
            List<String> members = new ArrayList<>();
            for (NameRef member : org.excludedMembers()) {
                OrganizationMember found = one(index.member(organization, member.name()), IdKind.ORGANIZATION_MEMBER, member,
                        m -> m.name() + " (AWS account " + m.awsAccountId() + ")", " in organization " + organization.name());
                if (found != null) {
                    members.add(found.id());
                }
            }
            return new OrganizationSettings(scopeId, members);
        }

        private List<VirtualMachine> instances(List<NameRef> names) {
            List<VirtualMachine> found = new ArrayList<>();
            for (NameRef name : names) {
                VirtualMachine vm = instance(name);
                if (vm != null) {
                    found.add(vm);
                }
            }
            return List.copyOf(new LinkedHashSet<>(found));
        }

        /**
         * The instance {@code name} names in the policy's regions: a name, an {@code i-} ID, an appliance
         * ID, or {@code REGION/NAME} for a name several of the policy's regions share.
         */
        private VirtualMachine instance(NameRef name) {
            if (regionIds.isEmpty()) {
                return null;
            }
            List<String> inRegions = regionIds;
            String wanted = name.name();
            String where = String.join(", ", regionCodes);
            int slash = wanted.indexOf('/');
            if (slash > 0) {
                String code = wanted.substring(0, slash);
                Match<Region> region = index.region(code);
                if (!region.isUnique() || !regionIds.contains(region.value().id())) {
                    errors.add(ScriptError.withSuggestions(name.at(), "instance \"" + wanted + "\": \"" + code
                            + "\" is not one of the policy's regions (" + where + ")",
                            index.suggestions().closest(code, regionCodes)));
                    return null;
                }
                inRegions = List.of(region.value().id());
                where = region.value().name();
                wanted = wanted.substring(slash + 1);
            }
            Match<VirtualMachine> match = index.instance(wanted, inRegions);
            if (match.isUnique()) {
                return match.value();
            }
            if (match.isAmbiguous()) {
                errors.add(new ScriptError(name.at(), "instance \"" + wanted + "\" is ambiguous in " + where + ": "
                        + match.found().stream().map(PolicyResolver::describe).collect(Collectors.joining(", "))
                        + "; write " + disambiguated(match.found()) + " instead"));
                return null;
            }
            List<VirtualMachine> elsewhere = index.instancesAnywhere(wanted);
            if (!elsewhere.isEmpty()) {
                errors.add(new ScriptError(name.at(), "instance \"" + wanted + "\" is not in the policy's regions ("
                        + where + "); it is in " + elsewhere.stream().map(PolicyResolver::describe).collect(Collectors.joining(", "))));
                return null;
            }
            errors.add(ScriptError.withSuggestions(name.at(), "unknown instance \"" + wanted + "\" in " + where, match.closest()));
            return null;
        }

        private List<String> tags(List<TagRef> refs) {
            List<String> ids = new ArrayList<>();
            for (TagRef ref : refs) {
                Match<CloudTag> match = index.tag(ref.key(), ref.value());
                NameRef asName = new NameRef(ref.toString(), ref.at());
                CloudTag tag = one(match, IdKind.TAG, asName, t -> InventoryIndex.tagName(t) + " (ID " + t.id() + ")", "");
                if (tag != null) {
                    ids.add(tag.id());
                }
            }
            return List.copyOf(new LinkedHashSet<>(ids));
        }

        private List<VolumeRef> volumes(List<NameRef> refs, List<VirtualMachine> included) {
            List<VolumeRef> found = new ArrayList<>();
            for (NameRef ref : refs) {
                int slash = ref.name().lastIndexOf('/');
                String volumeId = ref.name().substring(slash + 1);
                List<VirtualMachine> owners;
                if (slash > 0) {
                    VirtualMachine owner = instance(new NameRef(ref.name().substring(0, slash), ref.at()));
                    if (owner == null) {
                        continue;
                    }
                    owners = List.of(owner);
                } else if (!included.isEmpty()) {
                    owners = included;
                } else {
                    errors.add(new ScriptError(ref.at(), "exclude volumes: say whose volume \"" + volumeId
                            + "\" is, as \"INSTANCE/" + volumeId + "\": this policy includes no instances by name, "
                            + "and vbaws reads the volumes of named instances only"));
                    continue;
                }
                Match<EbsVolume> match = index.volume(volumeId, owners);
                if (match.isUnique()) {
                    found.add(new VolumeRef(match.value().id(), ApiValues.ItemType.VOLUME));
                } else if (match.isAmbiguous()) {
                    errors.add(new ScriptError(ref.at(), "volume \"" + volumeId + "\" is ambiguous: "
                            + match.found().stream().map(EbsVolume::id).collect(Collectors.joining(", "))));
                } else {
                    errors.add(ScriptError.withSuggestions(ref.at(), "unknown volume \"" + volumeId + "\" on "
                            + owners.stream().map(PolicyResolver::describe).collect(Collectors.joining(", ")), match.closest()));
                }
            }
            return List.copyOf(new LinkedHashSet<>(found));
        }

        private ReplicaSettings replicas() {
            ReplicaDeclaration r = p.replicas();
            if (r == null) {
                return null;
            }
            List<ReplicaMapping> mappings = null;
            if (r.routes() != null) {
                mappings = new ArrayList<>();
                for (ReplicaRoute route : r.routes()) {
                    Region from = one(index.region(route.from().name()), IdKind.REGION, route.from(), Region::name, "");
                    Region to = one(index.region(route.to().name()), IdKind.REGION, route.to(), Region::name, "");
                    AmazonAccount role = one(index.account(route.role().name()), IdKind.ACCOUNT, route.role(),
                            PolicyResolver::describe, "");
                    String key = null;
                    if (route.key() != null && to != null && role != null) {
                        EncryptionKey found = one(index.encryptionKey(route.key().name(), role.id(), to.id()), IdKind.ENCRYPTION_KEY,
                                route.key(), k -> k.name() + " (" + k.arn() + ")", " for role " + role.name() + " in " + to.name());
                        key = found == null ? null : found.arn();
                    }
                    if (from != null && to != null && role != null) {
                        mappings.add(new ReplicaMapping(from.id(), to.id(), role.id(), key, route.onlyEncrypted()));
                    }
                }
            }
            return new ReplicaSettings(mappings, r.tags(), r.copyTagsFromVolume());
        }

        private ProductionWorkersSettings workers() {
            WorkersDeclaration w = p.workers();
            if (w == null) {
                return null;
            }
            String roleId = w.role() == null ? null
                    : idOf(one(index.account(w.role().name()), IdKind.ACCOUNT, w.role(), PolicyResolver::describe, ""), AmazonAccount::id);
            return new ProductionWorkersSettings(w.production(), roleId, w.accountName());
        }

        /** The one thing {@code match} found, or null after adding the error that says why not. */
        private <T> T one(Match<T> match, IdKind kind, NameRef ref, Function<T, String> describe, String within) {
            if (match.isUnique()) {
                return match.value();
            }
            if (match.isAmbiguous()) {
                errors.add(new ScriptError(ref.at(), kind.noun() + " \"" + ref.name() + "\" is ambiguous" + within + ": "
                        + match.found().stream().map(describe).collect(Collectors.joining(", ")) + "; write its ID instead"));
                return null;
            }
            String message = "unknown " + kind.noun() + " \"" + ref.name() + "\"" + within;
            if (match.closest().isEmpty()) {
                List<String> all = index.names(kind);
                if (!all.isEmpty() && all.size() <= LISTED_NAMES) {
                    message += "; expected one of " + quoted(all);
                }
            }
            errors.add(ScriptError.withSuggestions(ref.at(), message, match.closest()));
            return null;
        }
    }

    /**
     * How to name each of several instances one name matches: {@code "us-east-1/web-01" or
     * "eu-west-1/web-01"} when they are in different regions, else their {@code i-} IDs.
     */
    private static String disambiguated(List<VirtualMachine> found) {
        long regions = found.stream().map(vm -> vm.region() == null ? "" : vm.region().name()).distinct().count();
        if (regions == found.size()) {
            return String.join(" or ", found.stream().map(vm -> "\"" + vm.region().name() + "/" + vm.name() + "\"").toList());
        }
        return "the instance's i- ID";
    }

    private static <T> String idOf(T thing, Function<T, String> id) {
        return thing == null ? null : id.apply(thing);
    }

    private static List<String> ids(List<VirtualMachine> vms) {
        return vms.stream().map(VirtualMachine::id).toList();
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    private static String describe(VirtualMachine vm) {
        return vm.name() + " (" + vm.awsResourceId() + ", " + (vm.region() == null ? "no region" : vm.region().name()) + ")";
    }

    private static String describe(AmazonAccount account) {
        return account.name() + " (ID " + account.id() + ", AWS account " + account.awsAccountId() + ")";
    }
}
