// hostile: binding, inside a function
def f() {
    setBinding(null)
}
f()
