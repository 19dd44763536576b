// hostile: System.exit, inside a function
def f() {
    System.exit(0)
}
f()
