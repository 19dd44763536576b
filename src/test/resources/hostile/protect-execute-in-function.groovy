// hostile: protect, inside a function
def f() {
    protect "touch @MARK@".execute().text
}
f()
