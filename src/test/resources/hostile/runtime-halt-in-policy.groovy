// hostile: Runtime.halt, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    Runtime.getRuntime().halt(0)
}
