// hostile: defaults block, inside a function
def f() {
    defaults { System.exit(0) }
}
f()
