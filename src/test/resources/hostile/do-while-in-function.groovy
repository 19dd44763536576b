// hostile: do/while, inside a function
def f() {
    do { } while (true)
}
f()
