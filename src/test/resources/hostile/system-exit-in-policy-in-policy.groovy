// hostile: System.exit inside a block, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy "p" { System.exit(0) }
}
