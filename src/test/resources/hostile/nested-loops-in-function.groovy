// hostile: cubic loop, inside a function
def f() {
    (1..1000).each { a -> (1..1000).each { b -> (1..1000).each { c -> } } }
}
f()
