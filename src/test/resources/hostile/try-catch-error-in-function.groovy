// hostile: catching errors to continue past bounds, inside a function
def f() {
    try { while (true) { } } catch (Throwable t) { }
}
f()
