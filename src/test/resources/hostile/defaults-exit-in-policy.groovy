// hostile: defaults block, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    defaults { System.exit(0) }
}
