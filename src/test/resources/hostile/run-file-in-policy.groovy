// hostile: Script.run, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    run(new File("/etc/passwd"), [] as String[])
}
