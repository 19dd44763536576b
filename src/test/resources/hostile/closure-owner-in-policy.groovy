// hostile: closure owner, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    [1].each { owner.evaluate("1") }
}
