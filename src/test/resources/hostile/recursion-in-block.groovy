// hostile: recursion inside a block
def f(n) { [1].each { f(n) } }
f(1)
