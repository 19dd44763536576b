package io.vbaws.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The named core every estate contains, exactly as the common brief lists it: the DSL examples,
 * the seeded policies and many tests resolve these names, so they never depend on the seed.
 */
final class EstateCore {
    private EstateCore() {
    }

    /** An instance of the core: where, what, whose, its tags ({@code key=value}) and volume sizes. */
    record Instance(String region, String name, String type, String awsAccountId, List<String> tags, int systemGb,
                    List<Integer> dataGb) {
    }

    /**
     * An IAM role added to the appliance: {@code trustedBy} is the account that assumes it when it lives in another account
     * (null for a role of its own account); {@code permissions} are what the appliance may do with it
     * (assumed values: the reference does not list them).
     */
    record Role(String name, String awsAccountId, String description, String trustedBy, boolean isDefault,
                List<String> permissions) {
    }

    /** A member account of the organization, in one OU. */
    record Member(String name, String awsAccountId, String unit) {
    }

    /** An organizational unit with its AWS-style ID. */
    record Unit(String name, String awsId) {
    }

    /** A KMS key every key region holds. */
    record Key(String name, String alias) {
    }

    /** A storage template with the monthly prices per GB the cost model charges for it. */
    record Storage(String name, String description, double backupPricePerGb, double archivePricePerGb,
                   List<String> regionalRepositories) {
    }

    static final String PROD_ACCOUNT = "111111111111";
    static final String DEV_ACCOUNT = "222222222222";
    static final String DR_ACCOUNT = "333333333333";
    static final String DATA_ACCOUNT = "444444444444";
    static final String SANDBOX_ACCOUNT = "555555555555";
    static final String AUDIT_ACCOUNT = "666666666666";

    private static final List<String> BACKUP = List.of("Backup", "Restore");

    static final List<Role> ROLES = List.of(
            new Role("backup-prod", PROD_ACCOUNT, "Backs up the production account", null, true, BACKUP),
            new Role("backup-dev", DEV_ACCOUNT, "Backs up the development account", null, false, BACKUP),
            new Role("dr-role", DR_ACCOUNT, "Receives snapshot replicas in the disaster-recovery account", PROD_ACCOUNT,
                    false, List.of("Replication")),
            new Role("worker-role", PROD_ACCOUNT, "Launches worker instances in production accounts", null, false,
                    List.of("Workers")),
            new Role("backup-audit", AUDIT_ACCOUNT, "Read-only audit account", null, false, List.of("Read")));

    static final String ORGANIZATION_NAME = "acme";
    static final String ORGANIZATION_AWS_ID = "o-ab12cd34ef";
    static final List<Unit> UNITS = List.of(
            new Unit("ou-prod", "ou-ab12-prod0001"),
            new Unit("ou-dev", "ou-ab12-dev00001"),
            new Unit("ou-sandbox", "ou-ab12-sand0001"));
    static final List<Member> MEMBERS = List.of(
            new Member("prod-main", PROD_ACCOUNT, "ou-prod"),
            new Member("prod-data", DATA_ACCOUNT, "ou-prod"),
            new Member("dev", DEV_ACCOUNT, "ou-dev"),
            new Member("sandbox", SANDBOX_ACCOUNT, "ou-sandbox"));

    static final List<String> TAGS = List.of(
            "env=prod", "env=staging", "env=dev", "tier=web", "tier=app", "tier=db", "backup=skip",
            "owner=platform", "owner=data", "app=shop", "app=billing");

    static final List<Key> KEYS = List.of(
            new Key("dr-key", "alias/dr"),
            new Key("backup-key", "alias/backup"),
            new Key("ebs-default", "alias/aws/ebs"));

    /** Key regions beyond those that have instances. */
    static final List<String> EXTRA_KEY_REGIONS = List.of("us-east-2", "us-west-2");

    static final List<Storage> STORAGE = List.of(
            new Storage("s3-90d", "S3 Standard, restore points kept about 90 days", 0.023, 0.0,
                    List.of("eu-west-1", "eu-central-1")),
            new Storage("s3-1y", "S3 Standard-Infrequent Access, restore points kept about a year", 0.0125, 0.0, List.of()),
            new Storage("glacier-archive", "S3 Standard backups with an S3 Glacier Deep Archive archive", 0.023, 0.00099,
                    List.of()));

    /** Sizes (GB) of the core instances' volumes are fixed so that volume exclusions are stable. */
    static final List<Instance> INSTANCES = instances();

    private static List<Instance> instances() {
        List<Instance> all = new ArrayList<>();
        String use1 = "us-east-1";
        for (int i = 1; i <= 4; i++) {
            all.add(new Instance(use1, "web-0" + i, "m5.large", PROD_ACCOUNT,
                    List.of("env=prod", "tier=web", "owner=platform", "app=shop"), 30, List.of(100)));
        }
        all.add(new Instance(use1, "web-canary", "m5.large", PROD_ACCOUNT, List.of("env=prod", "tier=web", "backup=skip"), 30,
                List.of()));
        for (int i = 1; i <= 4; i++) {
            all.add(new Instance(use1, "app-0" + i, "m5.xlarge", PROD_ACCOUNT, List.of("env=prod", "tier=app"), 50, List.of(200)));
        }
        for (int i = 1; i <= 2; i++) {
            all.add(new Instance(use1, "db-0" + i, "r5.2xlarge", PROD_ACCOUNT, List.of("env=prod", "tier=db", "owner=data"), 50,
                    List.of(500, 200)));
        }
        all.add(new Instance(use1, "cache-01", "r5.large", PROD_ACCOUNT, List.of("env=prod", "owner=platform"), 30, List.of()));
        all.add(new Instance(use1, "bastion-01", "t3.micro", PROD_ACCOUNT, List.of("owner=platform"), 8, List.of()));
        all.add(new Instance(use1, "staging-web-01", "t3.medium", PROD_ACCOUNT, List.of("env=staging", "tier=web"), 20, List.of()));
        all.add(new Instance(use1, "dev-app-01", "t3.large", DEV_ACCOUNT, List.of("env=dev", "tier=app"), 20, List.of(50)));

        String euw1 = "eu-west-1";
        for (int i = 1; i <= 3; i++) {
            all.add(new Instance(euw1, "web-0" + i, "m5.large", PROD_ACCOUNT,
                    List.of("env=prod", "tier=web", "owner=platform", "app=shop"), 30, List.of(100)));
        }
        all.add(new Instance(euw1, "app-01", "m5.xlarge", PROD_ACCOUNT, List.of("env=prod", "tier=app"), 50, List.of(200)));
        all.add(new Instance(euw1, "db-01", "r5.2xlarge", PROD_ACCOUNT, List.of("env=prod", "tier=db", "owner=data"), 50,
                List.of(500, 200)));

        String usw2 = "us-west-2";
        for (int i = 1; i <= 2; i++) {
            all.add(new Instance(usw2, "web-0" + i, "m5.large", PROD_ACCOUNT, List.of("env=prod", "tier=web", "app=shop"), 30,
                    List.of()));
        }
        all.add(new Instance(usw2, "analytics-01", "r5.xlarge", DATA_ACCOUNT, List.of("env=prod", "owner=data", "app=billing"), 50,
                List.of(1000)));
        for (int i = 1; i <= 2; i++) {
            all.add(new Instance(usw2, "sandbox-0" + i, "t3.small", SANDBOX_ACCOUNT, List.of("env=dev"), 20, List.of()));
        }

        String euc1 = "eu-central-1";
        for (int i = 1; i <= 2; i++) {
            all.add(new Instance(euc1, "app-0" + i, "m5.large", PROD_ACCOUNT, List.of("env=prod", "tier=app", "app=billing"), 30,
                    List.of(100)));
        }
        all.add(new Instance(euc1, "db-01", "r5.xlarge", DATA_ACCOUNT, List.of("env=prod", "tier=db", "owner=data", "app=billing"),
                50, List.of(400)));
        return List.copyOf(all);
    }
}
