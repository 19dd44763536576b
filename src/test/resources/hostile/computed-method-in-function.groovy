// hostile: dynamic method name, inside a function
def f() {
    "touch @MARK@"."${"exe" + "cute"}"()
}
f()
