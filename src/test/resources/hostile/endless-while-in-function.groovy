// hostile: endless loop, inside a function
def f() {
    while (true) { }
}
f()
