// hostile: tags from the environment, inside a function
def f() {
    slaPolicy "p" { snapshots { tags pw: System.getenv("VBAWS_PASSWORD") } }
}
f()
