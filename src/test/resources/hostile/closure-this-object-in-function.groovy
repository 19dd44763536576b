// hostile: closure thisObject, inside a function
def f() {
    [1].each { thisObject.evaluate("1") }
}
f()
