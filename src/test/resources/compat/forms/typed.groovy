@TypeChecked
import groovy.transform.TypeChecked
slaPolicy "typed" {
    account "backup-prod"
    regions "us-east-1", "eu-west-1"
    template "gold"
    include instances: ["web-01"], tags: [env: "prod"]
    exclude volumes: system
    snapshots {
        tags owner: "platform"
        copyTagsFromVolume true
        windows { pre "C:\\pre.ps1"; ignoreErrors true }
        linux { pre "/opt/freeze.sh", "-a"; post "/opt/thaw.sh" }
    }
    replicas {
        replicate from: "us-east-1", to: "us-west-2", role: "dr-role"
        tags replica: "yes"
    }
    replicate from: "eu-west-1", to: "eu-central-1", role: "dr-role"
    retries 3
    notify email: "ops@example.com", at: "08:00"
    workers production: true, role: "worker-role"
    enabled true
    priority 1
    protect true
}
