// hostile: Runtime.runtime property, inside a function
def f() {
    Runtime.runtime.exec("touch @MARK@")
}
f()
