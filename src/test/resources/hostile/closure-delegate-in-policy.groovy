// hostile: closure delegate, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    [1].each { delegate.class }
}
