// hostile: throw, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    throw new RuntimeException("x")
}
