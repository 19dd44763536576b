// hostile: printing, inside a function
def f() {
    slaPolicy "p" { print "x" }
}
f()
