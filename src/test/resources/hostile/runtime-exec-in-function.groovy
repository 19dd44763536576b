// hostile: Runtime.exec, inside a function
def f() {
    Runtime.getRuntime().exec("touch @MARK@")
}
f()
