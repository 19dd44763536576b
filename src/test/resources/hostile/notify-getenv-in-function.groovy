// hostile: a named argument from the environment, inside a function
def f() {
    slaPolicy "p" { notify email: System.getenv("VBAWS_PASSWORD") }
}
f()
