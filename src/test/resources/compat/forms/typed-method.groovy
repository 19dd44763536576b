import groovy.transform.TypeChecked

@TypeChecked
void declare() {
    slaPolicy "typed-method" {
        account "backup-prod"
        regions(["us-east-1", "eu-west-1"])
        template "gold"
        exclude instances: "web-canary", tags: ["backup=skip", "tier=cache"]
        include tags: [env: ["prod", "staging"]]
    }
}
declare()
