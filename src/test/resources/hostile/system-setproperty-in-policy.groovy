// hostile: system property write, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    System.setProperty("vbaws.pwned", "1")
}
