package io.vbaws.sim;

import io.vbaws.api.model.AmazonAccount;
import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.CloudTag;
import io.vbaws.api.model.EncryptionKey;
import io.vbaws.api.model.ExcludedItems;
import io.vbaws.api.model.KeyValueTag;
import io.vbaws.api.model.NotificationSettings;
import io.vbaws.api.model.OrganizationSettings;
import io.vbaws.api.model.OrganizationUnit;
import io.vbaws.api.model.ReplicaMapping;
import io.vbaws.api.model.ReplicaSettings;
import io.vbaws.api.model.RetrySettings;
import io.vbaws.api.model.SelectedItems;
import io.vbaws.api.model.SlaPolicySpec;
import io.vbaws.api.model.SnapshotSettings;
import io.vbaws.api.model.SlaTemplate;
import io.vbaws.api.model.StorageTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The state a new appliance starts with: three policies created 90 days before the clock, so the
 * REPL has history on first start, with a change history that exercises the compliance rules:
 * {@code legacy-nightly} starts excluding {@code backup=skip} 20 days ago (web-canary is removed),
 * {@code finance-db} adds {@code cache-01} 9 days ago (an instance added mid-window), and
 * {@code sandbox-weekly} is disabled 12 days ago. Explicit estate counts may add generated
 * {@code bulk-policy-NNNN} policies. Every change goes through {@link PolicyBook}, as an API call would.
 */
final class InitialState {
    static final Duration HISTORY = Duration.ofDays(90);

    private final Estate estate;
    private final PolicyBook book;

    InitialState(Estate estate) {
        this.estate = estate;
        this.book = new PolicyBook(estate);
    }

    ApplianceState create(Instant start) {
        Instant origin = start.minus(HISTORY);
        ApplianceState state = new ApplianceState(estate.seed(), estate.size(), start, UUID.randomUUID().toString(), origin, 0, 1,
                List.of(), 0);

        StateStore.Change<StoredPolicy> legacy = book.create(state, legacyNightly(null));
        StateStore.Change<StoredPolicy> finance = book.create(legacy.state(), financeDb(List.of()));
        StateStore.Change<StoredPolicy> sandbox = book.create(finance.state(), sandboxWeekly());
        state = sandbox.state();
        state = bulkPolicies(state, origin);

        state = state.withClock(start.minus(Duration.ofDays(20)).plus(Duration.ofHours(3)));
        state = book.modify(state, legacy.result().id(), legacyNightly(List.of(tag("backup=skip")))).state();
        state = state.withClock(start.minus(Duration.ofDays(12)));
        state = book.setEnabled(state, sandbox.result().id(), false).state();
        state = state.withClock(start.minus(Duration.ofDays(9)).minus(Duration.ofHours(5)));
        String cache = estate.instanceByName("us-east-1", "cache-01").id();
        state = book.modify(state, finance.result().id(), financeDb(List.of(cache))).state();
        return state.withClock(start);
    }

    private SlaPolicySpec legacyNightly(List<String> excludedTags) {
        return new SlaPolicySpec("legacy-nightly", "Nightly backups of every production instance in us-east-1",
                account("backup-prod").id(), ApiValues.BackupType.ALL_ITEMS, null,
                excludedTags == null ? null : new ExcludedItems(List.of(), excludedTags, null),
                List.of(region("us-east-1")), storage("s3-90d").id(), template("silver").id(),
                new SnapshotSettings(List.of(), true, false, null), null, new RetrySettings(2), null, null, null);
    }

    private SlaPolicySpec financeDb(List<String> extraInstances) {
        EncryptionKey drKey = estate.keys(account("dr-role").awsAccountId(), "us-west-2").get(0);
        return new SlaPolicySpec("finance-db", "Finance databases, replicated to us-west-2 for disaster recovery",
                account("backup-prod").id(), ApiValues.BackupType.SELECTED_ITEMS,
                new SelectedItems(extraInstances, List.of(tag("owner=data"))), null,
                List.of(region("us-east-1"), region("eu-west-1")), storage("glacier-archive").id(), template("gold").id(),
                new SnapshotSettings(List.of(new KeyValueTag("cost-center", "finance")), true, true, null),
                new ReplicaSettings(List.of(new ReplicaMapping(region("us-east-1"), region("us-west-2"),
                        account("dr-role").id(), drKey.arn(), true)), List.of(), true),
                new RetrySettings(3), new NotificationSettings("finance-ops@example.com", true, true, "08:00"),
                null, null);
    }

    private SlaPolicySpec sandboxWeekly() {
        OrganizationUnit sandbox = estate.organization().units().stream()
                .filter(u -> u.name().equals("ou-sandbox")).findFirst().orElseThrow();
        return new SlaPolicySpec("sandbox-weekly", "Sandbox accounts of the organization, weekly", estate.organization().id(),
                ApiValues.BackupType.ALL_ITEMS, null, null, List.of(region("us-east-1"), region("us-west-2")),
                storage("s3-90d").id(), template("bronze").id(), null, null, new RetrySettings(1), null, null,
                new OrganizationSettings(sandbox.id(), List.of()));
    }

    private ApplianceState bulkPolicies(ApplianceState state, Instant origin) {
        int count = estate.size().policies();
        if (count == 0) {
            return state;
        }
        SplittableRandom random = new SplittableRandom(SeededHash.hash(estate.seed(), SeededHash.of("bulk-policies")));
        List<CloudTag> tags = estate.tags();
        List<String> accounts = List.of("backup-prod", "backup-dev");
        List<String> regionCodes = estate.size().everyRegion()
                ? estate.regions().stream().map(EstateRegion::code).toList() : AwsRegions.SMALL_ESTATE_REGIONS;
        ApplianceState result = state;
        for (int i = 1; i <= count; i++) {
            result = result.withClock(origin.plus(Duration.ofMinutes(i)));
            List<String> regions = new ArrayList<>();
            regions.add(region(regionCodes.get(random.nextInt(regionCodes.size()))));
            String second = region(regionCodes.get(random.nextInt(regionCodes.size())));
            if (random.nextBoolean() && !regions.contains(second)) {
                regions.add(second);
            }
            boolean all = random.nextDouble() < 0.2;
            List<String> selectedTags = new ArrayList<>();
            if (!all) {
                selectedTags.add(tags.get(random.nextInt(tags.size())).id());
            }
            List<SlaTemplate> templates = estate.slaTemplates();
            List<StorageTemplate> storages = estate.storageTemplates();
            SlaPolicySpec spec = new SlaPolicySpec(String.format(Locale.ROOT, "bulk-policy-%04d", i), "Generated policy " + i,
                    account(accounts.get(random.nextInt(accounts.size()))).id(),
                    all ? ApiValues.BackupType.ALL_ITEMS : ApiValues.BackupType.SELECTED_ITEMS,
                    all ? null : new SelectedItems(List.of(), selectedTags), null, regions,
                    storages.get(random.nextInt(storages.size())).id(), templates.get(random.nextInt(templates.size())).id(),
                    null, null, null, null, null, null);
            result = book.create(result, spec).state();
        }
        return result;
    }

    private AmazonAccount account(String name) {
        return estate.accountByName(name);
    }

    private String region(String code) {
        return estate.regionByCode(code).id();
    }

    private String tag(String text) {
        return estate.tagByText(text).id();
    }

    private SlaTemplate template(String name) {
        return estate.slaTemplates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private StorageTemplate storage(String name) {
        return estate.storageTemplates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
