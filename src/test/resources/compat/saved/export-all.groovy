// EC2 SLA-based policies exported from builtin:/tmp/tmp.32DEBngzFr/appliance
// on 2026-12-03T06:52:48Z by vbaws; 'vbaws plan' on this file against that appliance finds nothing to change.
// Add 'protect true' to policies --prune must never delete.

slaPolicy "legacy-nightly" {
    description "Nightly backups of every production instance in us-east-1"
    account "backup-prod"
    regions "us-east-1"
    template "silver"
    storage "s3-90d"
    exclude tags: [backup: "skip"]
    snapshots {
        copyTagsFromVolume true
        vss false
    }
    retries 2
    enabled true
    priority 1
}

slaPolicy "finance-db" {
    description "Finance databases, replicated to us-west-2 for disaster recovery"
    account "backup-prod"
    regions "us-east-1", "eu-west-1"
    template "gold"
    storage "glacier-archive"
    include instances: ["cache-01"], tags: [owner: "data"]
    snapshots {
        tags "cost-center": "finance"
        copyTagsFromVolume true
        vss true
    }
    replicas {
        replicate from: "us-east-1", to: "us-west-2", role: "dr-role", key: "arn:aws:kms:us-west-2:333333333333:key/4be9d71a-de72-4b6b-8fc3-c5a92746f5c7", onlyEncrypted: true
        copyTagsFromVolume true
    }
    retries 3
    notify email: "finance-ops@example.com", enabled: true, onlyMissedSla: true, at: "08:00"
    enabled true
    priority 2
}

slaPolicy "sandbox-weekly" {
    description "Sandbox accounts of the organization, weekly"
    organization "acme", scope: "ou-sandbox"
    regions "us-east-1", "us-west-2"
    template "bronze"
    storage "s3-90d"
    retries 1
    enabled false
    priority 3
}
