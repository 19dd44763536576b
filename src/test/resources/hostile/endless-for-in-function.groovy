// hostile: endless loop, inside a function
def f() {
    for (;;) { }
}
f()
