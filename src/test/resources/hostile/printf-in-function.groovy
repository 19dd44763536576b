// hostile: printing, inside a function
def f() {
    printf("%s", 1)
}
f()
