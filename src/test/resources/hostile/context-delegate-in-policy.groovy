// hostile: reaching a context through delegate, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    slaPolicy "p" { delegate.recorder }
}
