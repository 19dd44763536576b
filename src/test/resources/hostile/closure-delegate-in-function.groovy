// hostile: closure delegate, inside a function
def f() {
    [1].each { delegate.class }
}
f()
