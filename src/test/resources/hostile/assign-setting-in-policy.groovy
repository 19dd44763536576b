// hostile: assigning a setting, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy "p" { retries = System.getenv() }
}
