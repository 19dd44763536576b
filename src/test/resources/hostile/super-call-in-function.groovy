// hostile: super, inside a function
def f() {
    super.evaluate("1")
}
f()
