// hostile: printing, inside a function
def f() {
    println "hello"
}
f()
