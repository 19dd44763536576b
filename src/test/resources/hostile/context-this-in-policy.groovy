// hostile: reaching a context through this, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy "p" { this.evaluate("1") }
}
