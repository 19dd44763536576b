// hostile: printing, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    printf("%s", 1)
}
