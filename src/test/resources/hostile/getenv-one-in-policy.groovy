// hostile: environment, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy "p" { description System.getenv("VBAWS_PASSWORD") }
}
