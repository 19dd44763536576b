// An organization-scoped policy: the production OU of the "acme" AWS organization, less one
// member account, protected by tag.
//
// organization "NAME" takes the organization by name; scope: one organizational unit, by name
// or by its AWS ID (ou-...); excludeMembers: member accounts by name or 12-digit account ID.

slaPolicy "acme-prod-ou" {
    description "Production OU of acme, without the prod-data account"
    organization "acme", scope: "ou-prod", excludeMembers: ["444444444444"]
    regions "us-east-1", "eu-west-1"
    template "gold"
    storage "s3-1y"
    include tags: [env: "prod"]
    exclude tags: [backup: "skip"], volumes: system
    workers production: true, role: "worker-role", accountName: "prod-main"
    notify email: "cloud-backup@example.com", at: "07:30"
}
