// hostile: environment, inside a function
def f() {
    slaPolicy "p" { description System.getenv("VBAWS_PASSWORD") }
}
f()
