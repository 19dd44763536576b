// hostile: times, inside a function
def f() {
    1000000000.times { }
}
f()
