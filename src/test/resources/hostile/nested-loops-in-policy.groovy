// hostile: cubic loop, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    (1..1000).each { a -> (1..1000).each { b -> (1..1000).each { c -> } } }
}
