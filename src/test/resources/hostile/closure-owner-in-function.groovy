// hostile: closure owner, inside a function
def f() {
    [1].each { owner.evaluate("1") }
}
f()
