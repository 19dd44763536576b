// hostile: reaching a context, inside a function
def f() {
    slaPolicy "p" { def r = recorder }
}
f()
