// hostile: method pointer on a closure (groovy-sandbox issue 54), inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    { -> "touch @MARK@".execute() }().&x
}
