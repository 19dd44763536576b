// hostile: binding, inside a function
def f() {
    getBinding().setVariable("x", 1)
}
f()
