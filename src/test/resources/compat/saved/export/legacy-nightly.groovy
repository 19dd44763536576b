// EC2 SLA-based policies exported from builtin:/tmp/tmp.32DEBngzFr/appliance
// on 2026-12-03T06:52:47Z by vbaws; 'vbaws plan' on this file against that appliance finds nothing to change.
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
