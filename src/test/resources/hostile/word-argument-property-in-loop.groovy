// hostile: a word with a forbidden argument, inside a loop
[1, 2].each {
    slaPolicy "p" { account "backup-prod"; regions "us-east-1"; template "gold"; description "${System.getProperty("vbaws.secret")}" }
}
