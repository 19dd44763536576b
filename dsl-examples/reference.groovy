// Every setting of an EC2 SLA-based policy, each with a comment. A setting left out is not
// sent: the appliance keeps (or defaults) its value. Resolves against the simulated
// appliance's default estate (`./vbaws validate --online dsl-examples/reference.groovy`).

// File defaults: every policy of this file starts from these and replaces what it writes.
// One `defaults` block per file; it takes any policy setting but `priority`.
defaults {
    storage "s3-90d"
}

// Policies --prune must never delete: names or globs, whether or not a script declares them.
protect "legacy-*", "finance-db"

slaPolicy "reference-all-settings" {       // the policy's name on the appliance, 1..255 characters
    description "Shows every setting"     // free text

    // Identity: an IAM role of a standalone account, by name ...
    account "backup-prod"
    // ... or an AWS organization, whole or one OU (name or ou- ID), less member accounts
    // (names or 12-digit IDs). A policy has one or the other:
    // organization "acme", scope: "ou-prod", excludeMembers: ["prod-data", "444444444444"]

    regions "us-east-1", "eu-west-1"      // AWS region codes, one or more
    template "gold"                       // SLA template, by name (required)
    storage "s3-1y"                       // storage template, by name (replaces the file default)

    // What to protect. Without include: every resource in the regions. Instance names are looked up
    // in the policy's regions, where a name may repeat (web-01 is in both): then write its i- ID.
    // Tags as key: "value" (or key: ["a", "b"]).
    include instances: ["web-04", "db-02"], tags: [app: "billing"]

    // What to leave out; exclusions always win. volumes: system excludes every system volume;
    // chosen volumes are written "INSTANCE/vol-ID" (or "vol-ID" when their instance is included
    // by name), e.g. volumes: ["db-02/vol-0123456789abcdef0"]. Several excludes add up.
    exclude instances: ["web-canary"], tags: [backup: "skip"]
    exclude volumes: system

    snapshots {
        tags owner: "platform", costCenter: 1234  // tags every snapshot gets; at most 5
        copyTagsFromVolume true                   // copy the volume's tags to its snapshots
        vss true                                  // try application-consistent (VSS) snapshots on Windows
        windows {                                 // scripts in Windows guests; the block enables them
            enabled true                          // false keeps the scripts but does not run them
            pre "C:\\backup\\pre.ps1", "-Quiet"   // the pre-snapshot script and its arguments
            post "C:\\backup\\post.ps1"           // the post-snapshot script ...
            postArguments "-Quiet"                // ... and its arguments, on their own
            onlyForBackupSnapshots true           // run only for snapshots that backups are made from
            ignoreMissing true                    // go on when a script is missing
            ignoreErrors false                    // stop when a script fails
        }
        linux {                                   // scripts in Linux guests: the same eight settings
            pre "/opt/backup/freeze.sh"
            preArguments "--fs /data"
            post "/opt/backup/thaw.sh", "--fs /data"
            ignoreErrors true
        }
    }

    replicas {
        // Snapshot replica routes, one per source region: the source (one of the policy's regions),
        // the target region, the IAM role that writes in the target, and optionally the KMS key
        // (name, alias or ARN in the target region) and whether to replicate only encrypted volumes.
        replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr", onlyEncrypted: true
        replicate from: "eu-west-1", to: "eu-central-1", role: "dr-role"
        tags replica: "true"                      // tags every replica gets
        copyTagsFromVolume true                   // copy the volume's tags to its replicas
    }
    // A route can also be written on its own, outside replicas { }, as in production.groovy:
    // replicate from: "us-east-1", to: "us-west-2", role: "dr-role"

    retries 3                                     // retries of a failed session, 0..100

    // Email notifications; writing notify enables them unless enabled: false. onlyMissedSla: only
    // missed SLAs and removed instances; at: the time of day to send, HH:mm.
    notify email: "backup-ops@example.com", enabled: true, onlyMissedSla: true, at: "08:00"

    // Workers in the production account: on, the IAM role they run as, the account's name.
    workers production: true, role: "worker-role", accountName: "prod-main"

    enabled true                                  // enable (true) or disable (false); left out: untouched
    priority 5                                    // order among SLA-based policies, 1 first
    protect true                                  // --prune never deletes this policy, even once this block is gone
                                                  // (recorded on the appliance); protect false lifts it; left out: untouched
}
