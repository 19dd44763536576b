// hostile: issue 11 reproducer B
def leak(x = System.getProperty("vbaws.secret")) { x }
slaPolicy "p" { account "backup-prod"; regions "us-east-1"; template "gold"; description "pw=${leak()}" }
