// hostile: System.exit inside a block, inside a function
def f() {
    slaPolicy "p" { System.exit(0) }
}
f()
