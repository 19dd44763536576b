// hostile: switch on a regex, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    switch ("x") { case ~/x/: break }
}
