// hostile: metaclass, inside a function
def f() {
    getMetaClass().invokeMethod(this, "evaluate", "1")
}
f()
