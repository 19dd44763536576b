// hostile: invokeMethod, inside a function
def f() {
    invokeMethod("evaluate", "1")
}
f()
