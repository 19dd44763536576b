// hostile: array type, inside a function
def f() {
    String[] a = ["x"]
}
f()
