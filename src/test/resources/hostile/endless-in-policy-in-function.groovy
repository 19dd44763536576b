// hostile: endless loop in a block, inside a function
def f() {
    slaPolicy "p" { while (true) { } }
}
f()
