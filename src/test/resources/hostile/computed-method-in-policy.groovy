// hostile: dynamic method name, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    "touch @MARK@"."${"exe" + "cute"}"()
}
