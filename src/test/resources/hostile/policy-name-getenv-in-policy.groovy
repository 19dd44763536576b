// hostile: a policy named from the environment, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy System.getenv("VBAWS_PASSWORD"), { }
}
