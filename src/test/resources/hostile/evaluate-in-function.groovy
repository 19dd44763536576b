// hostile: evaluate, inside a function
def f() {
    evaluate("System.exit(0)")
}
f()
