// hostile: Runtime.runtime property, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    Runtime.runtime.exec("touch @MARK@")
}
