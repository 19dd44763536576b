defaults {
    account "backup-prod"
    storage "s3-90d"
    retries 3
    notify email: "ops@example.com", onlyMissedSla: true
    snapshots { tags owner: "platform" }
}
protect "legacy-*", "finance-db"
protect(["a-*", "b"])
def names = ["one", "two"]
names.each { n ->
    slaPolicy "p-$n" {
        regions "us-east-1"
        template n == "one" ? "gold" : "silver"
        description "policy ${n.toUpperCase()} of ${names.size()}"
        exclude volumes: ["web-01/vol-0aa11"], systemVolumes: false
        snapshots { vss true; copyTagsFromVolume false }
        enabled n != "two"
    }
}
slaPolicy 'single quoted' {
    regions 'us-east-1'
    template 'gold'
    replicas { copyTagsFromVolume true; tags dr: 1 }
    priority 2 * 3 + 1
}
