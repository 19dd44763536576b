// hostile: switch on a regex, inside a function
def f() {
    switch ("x") { case ~/x/: break }
}
f()
