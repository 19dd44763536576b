// hostile: tags from the environment, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy "p" { snapshots { tags pw: System.getenv("VBAWS_PASSWORD") } }
}
