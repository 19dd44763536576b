// hostile: labels, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    outer: for (i in [1]) { break outer }
}
