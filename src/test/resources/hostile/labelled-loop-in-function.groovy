// hostile: labels, inside a function
def f() {
    outer: for (i in [1]) { break outer }
}
f()
