// hostile: catching errors to continue past bounds, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    try { while (true) { } } catch (Throwable t) { }
}
