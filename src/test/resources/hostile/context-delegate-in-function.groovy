// hostile: reaching a context through delegate, inside a function
def f() {
    slaPolicy "p" { delegate.recorder }
}
f()
