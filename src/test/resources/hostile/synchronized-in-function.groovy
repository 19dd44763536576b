// hostile: synchronized, inside a function
def f() {
    synchronized (this) { }
}
f()
