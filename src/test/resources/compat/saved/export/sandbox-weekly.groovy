// EC2 SLA-based policies exported from builtin:/tmp/tmp.32DEBngzFr/appliance
// on 2026-12-03T06:52:47Z by vbaws; 'vbaws plan' on this file against that appliance finds nothing to change.
// Add 'protect true' to policies --prune must never delete.

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
