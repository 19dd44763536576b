// hostile: closure thisObject, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    [1].each { thisObject.evaluate("1") }
}
