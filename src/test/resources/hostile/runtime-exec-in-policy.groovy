// hostile: Runtime.exec, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    Runtime.getRuntime().exec("touch @MARK@")
}
