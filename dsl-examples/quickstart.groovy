// Quickstart: one EC2 SLA-based policy.
//
//   ./vbaws validate dsl-examples/quickstart.groovy   # offline checks
//   ./vbaws plan dsl-examples/quickstart.groovy       # what would change on the appliance
//
// It protects every instance in us-east-1 that the IAM role "backup-prod" can see, on the
// "gold" SLA template, keeping backups with the "s3-90d" storage template.

slaPolicy "quickstart-us-east" {
    description "Every instance in us-east-1, on the gold SLA"
    account "backup-prod"
    regions "us-east-1"
    template "gold"
    storage "s3-90d"
}
