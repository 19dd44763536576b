// hostile: a word with a forbidden argument, inside a function
def f() {
    slaPolicy "p" { account "backup-prod"; regions "us-east-1"; template "gold"; description System.getenv("VBAWS_PASSWORD") }
}
f()
