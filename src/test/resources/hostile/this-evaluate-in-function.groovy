// hostile: evaluate, inside a function
def f() {
    this.evaluate("System.exit(0)")
}
f()
