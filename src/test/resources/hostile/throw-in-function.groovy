// hostile: throw, inside a function
def f() {
    throw new RuntimeException("x")
}
f()
