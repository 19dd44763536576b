// hostile: assert, inside a function
def f() {
    assert false
}
f()
