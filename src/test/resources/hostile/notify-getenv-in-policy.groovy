// hostile: a named argument from the environment, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy "p" { notify email: System.getenv("VBAWS_PASSWORD") }
}
