// hostile: categories, inside a function
def f() {
    use(String) { }
}
f()
