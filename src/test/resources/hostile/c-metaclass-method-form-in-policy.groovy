// hostile: issue 11 reproducer C, inside a policy block
slaPolicy "p" {
    account "backup-prod"; regions "us-east-1"; template "gold"
    "x".metaClass { }.invokeStaticMethod("x", "forName", "java.lang.System")
}
