// hostile: reaching a context through this, inside a function
def f() {
    slaPolicy "p" { this.evaluate("1") }
}
f()
