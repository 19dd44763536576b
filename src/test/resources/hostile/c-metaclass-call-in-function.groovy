// hostile: issue 11 reproducer C, inside a function
def f() {
    metaClass { }
}
f()
