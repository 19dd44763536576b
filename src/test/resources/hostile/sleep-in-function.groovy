// hostile: sleep, inside a function
def f() {
    sleep 100000
}
f()
