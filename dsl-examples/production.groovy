// A production estate: several policies sharing the file's defaults.
//
// Each policy starts from `defaults` and replaces what it writes itself. Names are the
// appliance's: region codes, template and IAM role names, instance names (looked up in the
// policy's regions; write an i- ID when a name repeats), tags as key: "value".

defaults {
    account "backup-prod"
    storage "s3-90d"
    retries 3
    notify email: "backup-ops@example.com", onlyMissedSla: true, at: "08:00"
    exclude tags: [backup: "skip"]
}

// Policies that `plan --prune` must never delete, even though no script declares them.
protect "legacy-*"

slaPolicy "prod-web" {
    description "Production web tier, us-east-1, replicated to us-west-2"
    regions "us-east-1"
    template "gold"
    include instances: ["web-01", "web-02", "web-03", "web-04"]
    exclude instances: ["web-canary"], tags: [backup: "skip"], volumes: system
    snapshots {
        tags owner: "platform", app: "shop"
        copyTagsFromVolume true
        linux {
            pre "/opt/backup/freeze.sh"
            post "/opt/backup/thaw.sh"
            ignoreMissing true
        }
    }
    replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "alias/dr", onlyEncrypted: true
    priority 1
    protect true
}

slaPolicy "prod-db" {
    description "Production databases: the gold SLA, data volumes only"
    regions "us-east-1"
    template "gold"
    include instances: ["db-01", "db-02"]
    exclude volumes: system
    snapshots {
        tags owner: "data"
        linux { pre "/opt/db/flush.sh", "--all"; post "/opt/db/resume.sh"; onlyForBackupSnapshots true }
    }
    replicas {
        replicate from: "us-east-1", to: "us-east-2", role: "dr-role", key: "dr-key"
        tags replica: "true"
        copyTagsFromVolume true
    }
    retries 5
    priority 2
    protect true
}

slaPolicy "prod-app" {
    description "Application servers in both production regions, by tag"
    regions "us-east-1", "eu-west-1"
    template "silver"
    include tags: [tier: "app", env: "prod"]
    priority 3
}

slaPolicy "eu-web" {
    description "The web tier in eu-west-1 (the same instance names as in us-east-1)"
    regions "eu-west-1"
    template "silver"
    include instances: ["web-01", "web-02", "web-03"]
    replicate from: "eu-west-1", to: "eu-central-1", role: "dr-role", key: "alias/dr"
    priority 4
}

// A loop is fine: one bronze policy per non-production environment.
["staging", "dev"].eachWithIndex { String environment, int i ->
    slaPolicy "${environment}-us-east" {
        description "Every ${environment} instance in us-east-1"
        regions "us-east-1"
        template "bronze"
        include tags: [env: environment]
        notify email: "backup-ops@example.com", onlyMissedSla: true, at: "09:00", enabled: false
        priority 10 + i
    }
}
